-- Messages to end users, written in the caller's transaction and delivered after it commits (owner: notification-module).
CREATE TABLE ntf_message (
    message_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id       VARCHAR(64)  NOT NULL,
    channel         VARCHAR(8)   NOT NULL,
    destination     VARCHAR(254) NOT NULL,
    locale          VARCHAR(35)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    -- the template values (they hold the code) encrypted with AES-GCM; NULL once the message is final
    sealed_values   VARCHAR(4096),
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    provider_message_id VARCHAR(128),
    last_error      VARCHAR(256)
);
CREATE INDEX ntf_message_due ON ntf_message (status, next_attempt_at);

-- Every delivery attempt, for support and metrics.
CREATE TABLE ntf_attempt (
    attempt_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    message_id      VARCHAR(36)  NOT NULL REFERENCES ntf_message (message_id),
    gateway         VARCHAR(32)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    provider_message_id VARCHAR(128),
    latency_ms      BIGINT       NOT NULL,
    detail          VARCHAR(256),
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ntf_attempt_message ON ntf_attempt (message_id);
