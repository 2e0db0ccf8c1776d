package dev.otpserver.web.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void thePathIsTheUrlWithoutSchemeAndHostAsSent() {
        HttpServletRequest request =
                request("http://127.0.0.1:8080/amsin/api/v1/business/worldcard/queryOtpConfig", "");

        assertEquals("/amsin/api/v1/business/worldcard/queryOtpConfig", RequestTarget.uri(request));
        assertEquals("/amsin/api/v1/business/worldcard/queryOtpConfig", RequestTarget.path(request));
    }

    @Test
    void aUrlThatIsAPathAlreadyIsTakenWhole() {
        HttpServletRequest request = request("/amsin/api/v1/business/worldcard/queryOtpConfig", "");

        assertEquals("/amsin/api/v1/business/worldcard/queryOtpConfig", RequestTarget.uri(request));
    }

    @Test
    void aPathThatNamesAnotherUrlIsNotCutAtIt() {
        assertEquals("/ams/x/http://y/z", RequestTarget.uri(request("/ams/x/http://y/z", "")));
        assertEquals("/ams/x/http://y/z", RequestTarget.uri(request("https://h:1/ams/x/http://y/z", "")));
    }

    @Test
    void theEncodingIsKeptAndTheContextPathLeftOutOfThePath() {
        HttpServletRequest request = request("https://localhost:8181/otp/gsp/v1/send%4Fotp", "/otp");

        assertEquals("/otp/gsp/v1/send%4Fotp", RequestTarget.uri(request));
        assertEquals("/gsp/v1/send%4Fotp", RequestTarget.path(request));
    }

    @Test
    void aHostWithoutAPathIsTheRoot() {
        assertEquals("/", RequestTarget.uri(request("http://127.0.0.1:8080", "")));
    }

    private static HttpServletRequest request(String url, String contextPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestTargetTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURL" -> new StringBuffer(url);
                    case "getContextPath" -> contextPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
