-- End users, their wallet tokens and OTP challenges of the wallet dialect (owner: auth-module).
CREATE TABLE auth_user (
    user_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(16),
    locale      VARCHAR(35)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Wallet access tokens, stored as a keyed hash only (HMAC-SHA256 with the server pepper).
CREATE TABLE auth_wallet_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL REFERENCES auth_user (user_id),
    client_id   VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One OTP challenge per (client, authenticationRequestId); the code itself is never stored.
CREATE TABLE auth_challenge (
    challenge_id  VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id     VARCHAR(64)  NOT NULL,
    request_id    VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL REFERENCES auth_user (user_id),
    token_hash    VARCHAR(64)  NOT NULL,
    channel       VARCHAR(8)   NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    failed_attempts INTEGER    NOT NULL,
    max_attempts  INTEGER      NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_challenge_request UNIQUE (client_id, request_id)
);
CREATE INDEX auth_challenge_user_sent ON auth_challenge (user_id, channel, created_at);

-- The final answer to each initAuthentication request id, so that a repeat gets the same answer.
CREATE TABLE auth_init_request (
    client_id      VARCHAR(64)  NOT NULL,
    request_id     VARCHAR(64)  NOT NULL,
    fingerprint    VARCHAR(64)  NOT NULL,
    result_code    VARCHAR(64)  NOT NULL,
    result_message VARCHAR(256) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, request_id)
);

-- Requests per client and minute, for the cluster-wide traffic limit.
CREATE TABLE auth_client_traffic (
    client_id     VARCHAR(64)  NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    request_count INTEGER      NOT NULL,
    PRIMARY KEY (client_id, window_start)
);
