-- 3DS challenges of card transactions (owner: auth-module). One per (caller client, challengeRequestId);
-- the passcode itself is never stored, only its keyed hash. fingerprint identifies the request's body, so
-- that a repeat of the same request gets the same answer and a different body under the same id does not.
CREATE TABLE auth_threeds_challenge (
    challenge_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id        VARCHAR(64)  NOT NULL,
    request_id       VARCHAR(64)  NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    partner_client_id VARCHAR(64) NOT NULL,
    delivery         VARCHAR(8)   NOT NULL,
    code_hash        VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    failed_attempts  INTEGER      NOT NULL,
    max_attempts     INTEGER      NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_threeds_challenge_request UNIQUE (client_id, request_id)
);
