package dev.otpserver.benchmark;

import java.util.Map;

/** One request as the load tool sends it: POST {@code path} with these headers and this body. */
record SignedRequest(String path, Map<String, String> headers, String body) {

    String header(String name) {
        return headers.getOrDefault(name, "");
    }
}
