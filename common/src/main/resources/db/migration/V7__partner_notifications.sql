-- 3DS OTP notifications pushed to partners (seed 003), with their retry state (owner: config-module).

-- Where each partner receives them.
CREATE TABLE cfg_notify_endpoint (
    client_id   VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES cfg_client (client_id),
    notify_url  VARCHAR(2048) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per notification: the only retry state. sealed_body is the exact body, AES-GCM sealed because
-- it holds a live passcode, and NULL once scrubbed. round_attempts counts the attempts of the current
-- schedule, which starts at schedule_start (the first attempt; a replay starts a new one). claim_token
-- marks an attempt in flight; next_attempt_at is then the end of its lease.
CREATE TABLE cfg_partner_notification (
    notification_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id            VARCHAR(64)  NOT NULL,
    customer_id          VARCHAR(64)  NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    sealed_body          VARCHAR(4096),
    challenge_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    round_attempts       INTEGER      NOT NULL,
    schedule_start       TIMESTAMP WITH TIME ZONE,
    next_attempt_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_token          VARCHAR(36),
    last_outcome         VARCHAR(256),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cfg_partner_notification_due ON cfg_partner_notification (status, next_attempt_at);

-- Every attempt: when, the HTTP status (if any answer came), the outcome and how long it took.
CREATE TABLE cfg_notification_attempt (
    attempt_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    notification_id VARCHAR(36)  NOT NULL REFERENCES cfg_partner_notification (notification_id),
    attempt_no      INTEGER      NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status     INTEGER,
    outcome         VARCHAR(16)  NOT NULL,
    detail          VARCHAR(256),
    latency_ms      BIGINT       NOT NULL
);
CREATE INDEX cfg_notification_attempt_of ON cfg_notification_attempt (notification_id, attempted_at);
