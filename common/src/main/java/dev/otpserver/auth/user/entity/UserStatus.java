package dev.otpserver.auth.user.entity;

/** A frozen user gets no code and passes no verification (USER_STATUS_ABNORMAL). */
public enum UserStatus {
    NORMAL, FROZEN
}
