package dev.otpserver.web.secret;

import dev.otpserver.common.admin.AdminProblem;

/**
 * A rotation call takes no form: its body is empty or the empty JSON object {@code {}} (JSON whitespace around
 * and inside allowed). Anything else is refused with 400 before a secret is made or a key activated, so that a
 * request that was meant to be something else rotates nothing.
 */
final class RotationBody {

    static final String REFUSAL = "A rotation takes no body, or the empty JSON object {}.";

    private RotationBody() {}

    static void requireNone(byte[] body) {
        int start = skipWhitespace(body, 0);
        if (start == body.length) {
            return;
        }
        if (body[start] == '{') {
            int close = skipWhitespace(body, start + 1);
            if (close < body.length && body[close] == '}' && skipWhitespace(body, close + 1) == body.length) {
                return;
            }
        }
        throw AdminProblem.badRequest(REFUSAL);
    }

    /** RFC 8259 whitespace: space, tab, line feed, carriage return. */
    private static int skipWhitespace(byte[] body, int from) {
        int at = from;
        while (at < body.length && (body[at] == ' ' || body[at] == '\t' || body[at] == '\n' || body[at] == '\r')) {
            at++;
        }
        return at;
    }
}
