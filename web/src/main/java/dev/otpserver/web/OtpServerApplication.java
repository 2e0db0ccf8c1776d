package dev.otpserver.web;

import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.web.gsp.IntegratorMediaType;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * Every JAX-RS endpoint of the feature modules, served from the root of the one web module. The OpenAPI document's
 * two security schemes are declared here; each resource names the one it is behind.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OTP server",
                        version = "0.1.0",
                        description =
                                "OTP issuance and verification in the wallet (Antom /ams) and payment-integrator (/gsp) dialects, "
                                        + "partner configuration (WorldFirst /amsin), and the admin API (/admin). Every /ams and /amsin answer "
                                        + "is HTTP 200 with a signed result envelope, in JSON whatever Accept says (each dialect answers in "
                                        + "its own media type).",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Relative: the server that serves the document (Payara would otherwise list its listeners by host name).
        servers = @Server(url = "/", description = "The server that serves this document"),
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = AdminRole.SECURITY_SCHEME,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "basic",
                                    description = "A user of the server's realm in group " + AdminRole.NAME),
                            @SecurityScheme(
                                    securitySchemeName = GatewayHeaders.SECURITY_SCHEME,
                                    type = SecuritySchemeType.APIKEY,
                                    in = SecuritySchemeIn.HEADER,
                                    apiKeyName = GatewayHeaders.SIGNATURE,
                                    description =
                                            "Every /ams and /amsin request is signed: headers "
                                                    + GatewayHeaders.CLIENT_ID
                                                    + ", " + GatewayHeaders.REQUEST_TIME
                                                    + " (within 5 minutes of the server clock), "
                                                    + "Content-Type application/json; charset=UTF-8, and "
                                                    + GatewayHeaders.SIGNATURE
                                                    + ": algorithm=RSA256, keyVersion=N, signature=<url-encoded base64 of the "
                                                    + "SHA256withRSA signature of \"POST <path>\\n<Client-Id>.<Request-Time>.<body>\" "
                                                    + "with the partner's key of that version>. The answer is signed the same way with "
                                                    + "the server's key, in the headers client-id, response-time and signature."),
                            @SecurityScheme(
                                    securitySchemeName = IntegratorMediaType.SECURITY_SCHEME,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "jose",
                                    description =
                                            "Every /gsp request body is JSON signed (JWS, RS256 or ES256) with a key the caller "
                                                    + "registered (POST /admin/clients/{clientId}/jose-keys), then encrypted (JWE, "
                                                    + "RSA-OAEP-256 or ECDH-ES+A256KW, A256GCM) to one of the server's keys: "
                                                    + IntegratorMediaType.JOSE
                                                    + ". The answer is signed with the server's key and encrypted to the "
                                                    + "caller's newest encryption key the same way.")
                        }))
public class OtpServerApplication extends Application {}
