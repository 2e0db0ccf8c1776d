package dev.otpserver.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Every JAX-RS endpoint of the feature modules, served from the root of the one web module. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "OTP server", version = "0.1.0",
        description = "OTP issuance and verification in the wallet (Antom /ams) and payment-integrator (/gsp) dialects, "
                + "partner configuration (WorldFirst /amsin). Every /ams and /amsin call is signed: headers Client-Id, "
                + "Request-Time, Signature (RSA256), Content-Type application/json; every answer is HTTP 200 with a "
                + "signed result envelope, in JSON whatever Accept says (each dialect answers in its own media type).",
        license = @License(name = "Apache-2.0")))
public class OtpServerApplication extends Application {
}
