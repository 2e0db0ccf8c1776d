package dev.otpserver.auth.wallet.control;

import dev.otpserver.auth.wallet.entity.InitRequest;
import jakarta.ejb.ApplicationException;

/** The request id already has its final answer: nothing was issued, the caller gives that answer again. */
@ApplicationException(rollback = true)
public class AlreadyAnswered extends RuntimeException {

    private final transient InitRequest answer;

    public AlreadyAnswered(InitRequest answer) {
        super("The request id already has its answer", null, false, false);
        this.answer = answer;
    }

    public InitRequest answer() {
        return answer;
    }
}
