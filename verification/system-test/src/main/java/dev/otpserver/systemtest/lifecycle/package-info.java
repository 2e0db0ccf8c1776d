/** The application stopped and started again: restarts, backup and restore, upgrades from a release's database. These tests deploy the EAR themselves (SelfDeployedEar). */
package dev.otpserver.systemtest.lifecycle;
