package dev.otpserver.auth.integrator.control;

import java.util.Optional;

/**
 * Where a code goes: the phone number and the language of the message, with the user when it was found
 * through an association.
 */
record Destination(String phone, String locale, Optional<String> userId) {}
