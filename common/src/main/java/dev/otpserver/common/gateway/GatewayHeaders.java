package dev.otpserver.common.gateway;

/** Header names of the Ant-gateway family (matched case-insensitively by the servlet container). */
public final class GatewayHeaders {

    public static final String CLIENT_ID = "Client-Id";
    public static final String SIGNATURE = "Signature";
    public static final String REQUEST_TIME = "Request-Time";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String CONTENT_ENCODING = "Content-Encoding";
    public static final String CONNECTED_CUSTOMER_ID = "Connected-CustomerId";
    public static final String ACCESS_TOKEN = "Access-Token";
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";
    /** The OpenAPI security scheme of the signed calls, declared by the JAX-RS application. */
    public static final String SECURITY_SCHEME = "signedGateway";

    /*
     * The signed answer's headers, in lower case as the family's SDKs look them up: the Python SDK finds them
     * only so spelled, the PHP SDK verifies the answer only when it finds "response-time" so spelled.
     */
    public static final String ANSWER_CLIENT_ID = "client-id";
    public static final String ANSWER_RESPONSE_TIME = "response-time";
    public static final String ANSWER_SIGNATURE = "signature";

    private GatewayHeaders() {}
}
