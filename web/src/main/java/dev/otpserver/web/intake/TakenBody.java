package dev.otpserver.web.intake;

/** What the intake got of a body: all its bytes, or a refusal and none. */
record TakenBody(byte[] bytes, IntakeRefusal refusal) {

    static TakenBody of(byte[] bytes) {
        return new TakenBody(bytes, null);
    }

    static TakenBody refused(IntakeRefusal refusal) {
        return new TakenBody(new byte[0], refusal);
    }

    boolean refused() {
        return refusal != null;
    }
}
