/** The signed gateway as real clients speak it: signatures, header spellings, kept-alive connections. */
package dev.otpserver.systemtest.gateway;
