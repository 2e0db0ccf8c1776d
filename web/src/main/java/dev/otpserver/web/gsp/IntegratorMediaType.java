package dev.otpserver.web.gsp;

/** The dialect's media types, and the name of its security scheme in the OpenAPI document. */
public final class IntegratorMediaType {

    /** A compact JWE around a compact JWS around the JSON, or that JWE base64url-encoded once more. */
    public static final String JOSE = "application/jose";

    static final String JOSE_UTF8 = "application/jose; charset=utf-8";
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    public static final String SECURITY_SCHEME = "paymentIntegratorJose";

    private IntegratorMediaType() {}
}
