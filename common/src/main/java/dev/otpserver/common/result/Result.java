package dev.otpserver.common.result;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The {@code result} object that every Ant-gateway response carries. All three values are strings on the wire. */
@JsonbPropertyOrder({"resultCode", "resultStatus", "resultMessage"})
public record Result(String resultCode, String resultStatus, String resultMessage) {

    public static Result of(ResultCode code, String message) {
        return new Result(code.name(), code.status().name(), message);
    }

    public static Result of(ResultCode code) {
        return of(code, code.defaultMessage());
    }

    public static Result success() {
        return of(ResultCode.SUCCESS);
    }
}
