package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import jakarta.json.JsonObject;

/**
 * A payment-integrator request once opened: who sent it, its JSON, and how the answer must be wrapped
 * (JOSE as it came, base64url around the JWE if it came so, or plain JSON in the development mode).
 */
record IntegratorCall(Caller caller, JsonObject body, Wrapping wrapping) {

    enum Wrapping { JOSE, BASE64URL_JOSE, PLAIN }
}
