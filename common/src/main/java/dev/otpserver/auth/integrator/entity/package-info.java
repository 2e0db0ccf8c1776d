/**
 * The payment-integrator dialect's state (tables {@code auth_gsp_exchange}, {@code auth_gsp_otp},
 * {@code auth_gsp_association}, {@code auth_send_gate}). Owned by auth-module; in the common jar because the
 * one persistence unit must see every entity.
 */
package dev.otpserver.auth.integrator.entity;
