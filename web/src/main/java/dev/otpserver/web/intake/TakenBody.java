package dev.otpserver.web.intake;

import jakarta.servlet.ServletRequest;

/** What the intake got of a body: all its bytes, or a refusal and none. */
record TakenBody(byte[] bytes, IntakeRefusal refusal) {

    private static final String ATTRIBUTE = TakenBody.class.getName();

    static TakenBody of(byte[] bytes) {
        return new TakenBody(bytes, null);
    }

    static TakenBody refused(IntakeRefusal refusal) {
        return new TakenBody(new byte[0], refusal);
    }

    boolean refused() {
        return refusal != null;
    }

    /** Leaves the body on the request for the pass that the dispatch starts. */
    void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The body left on the request, taken off it; null when the request came without one. */
    static TakenBody takeFrom(ServletRequest request) {
        TakenBody taken = (TakenBody) request.getAttribute(ATTRIBUTE);
        request.removeAttribute(ATTRIBUTE);
        return taken;
    }

    /** Whether a body is still on the request: the dispatch meant to take it has not begun. */
    static boolean waitingOn(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
