-- The payment-integrator dialect (sendOtp / verifyOtp, owner: auth-module) and its callers' JOSE keys
-- (owner: config-module).

-- Public JWKs of a caller: "sig" keys verify its requests, the newest active "enc" key encrypts our answers.
CREATE TABLE cfg_client_jose_key (
    client_id      VARCHAR(64)   NOT NULL REFERENCES cfg_client (client_id),
    key_id         VARCHAR(128)  NOT NULL,
    key_use        VARCHAR(3)    NOT NULL,
    jwk            VARCHAR(4000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, key_id)
);

-- The answer given to each (caller, method, requestId), for idempotency: the same content gets it again,
-- other content under the same requestId is refused. Only answers given with HTTP 200 are kept.
CREATE TABLE auth_gsp_exchange (
    client_id      VARCHAR(64)   NOT NULL,
    method         VARCHAR(16)   NOT NULL,
    request_id     VARCHAR(100)  NOT NULL,
    fingerprint    VARCHAR(64)   NOT NULL,
    answer         VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, method, request_id)
);

-- One code per successful sendOtp, known only by its keyed hash. destination_hash is the keyed hash of the
-- phone number it went to, for the send limits.
CREATE TABLE auth_gsp_otp (
    otp_id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id        VARCHAR(64)  NOT NULL,
    request_id       VARCHAR(100) NOT NULL,
    destination_hash VARCHAR(64)  NOT NULL,
    user_id          VARCHAR(64),
    code_hash        VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    failed_attempts  INTEGER      NOT NULL,
    max_attempts     INTEGER      NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_gsp_otp_request UNIQUE (client_id, request_id)
);
CREATE INDEX auth_gsp_otp_destination ON auth_gsp_otp (destination_hash, created_at);

-- A caller's associations (associationId) with end users, whose phone the codes then go to.
CREATE TABLE auth_gsp_association (
    client_id      VARCHAR(64)  NOT NULL,
    association_id VARCHAR(100) NOT NULL,
    user_id        VARCHAR(64)  NOT NULL REFERENCES auth_user (user_id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, association_id)
);

-- One row per phone number that was sent a code, locked while a code is issued to it, so that concurrent
-- sends to one number on any node are counted one after the other.
CREATE TABLE auth_send_gate (
    destination_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
