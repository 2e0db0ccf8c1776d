package dev.otpserver.common.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes that RSA256 signs in the Ant-gateway family:
 * {@code <METHOD> <URI>\n<Client-Id>.<Time>.<body>}, with the body exactly as it travels.
 */
public final class SigningString {

    private SigningString() {}

    public static byte[] of(String method, String uri, String clientId, String time, byte[] body) {
        byte[] head = (method + " " + uri + "\n" + clientId + "." + time + ".").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length + body.length);
        bytes.writeBytes(head);
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }
}
