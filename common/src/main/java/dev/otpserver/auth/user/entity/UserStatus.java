package dev.otpserver.auth.user.entity;

/**
 * A frozen user gets no code and passes no verification (USER_STATUS_ABNORMAL); a deleted one has had its
 * contact data erased and is answered as if it never existed (USER_NOT_EXIST).
 */
public enum UserStatus {
    NORMAL,
    FROZEN,
    DELETED
}
