package dev.otpserver.common.gateway;

/** Header names of the Ant-gateway family (matched case-insensitively by the servlet container). */
public final class GatewayHeaders {

    public static final String CLIENT_ID = "Client-Id";
    public static final String SIGNATURE = "Signature";
    public static final String REQUEST_TIME = "Request-Time";
    public static final String RESPONSE_TIME = "Response-Time";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String CONTENT_ENCODING = "Content-Encoding";
    public static final String CONNECTED_CUSTOMER_ID = "Connected-CustomerId";
    public static final String ACCESS_TOKEN = "Access-Token";
    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private GatewayHeaders() {
    }
}
