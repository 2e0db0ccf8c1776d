package dev.otpserver.web.admin;

import dev.otpserver.common.admin.AdminProblem;

/**
 * The body of an admin action that takes no form ({@link NoFormGuard}): empty or the empty JSON object
 * {@code {}}, JSON whitespace around and inside allowed; anything else is refused with 400.
 */
final class EmptyForm {

    static final String REFUSAL = "This call takes no body, or the empty JSON object {}.";

    private EmptyForm() {}

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
