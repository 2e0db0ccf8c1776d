-- Partner clients of the Ant-gateway family and their RSA public keys (owner: config-module).
CREATE TABLE cfg_client (
    client_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cfg_client_key (
    client_id   VARCHAR(64)  NOT NULL REFERENCES cfg_client (client_id),
    key_version INTEGER      NOT NULL,
    public_key  VARCHAR(4096) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, key_version)
);

-- The 3DS OTP API notification preference per account: the client itself or a connected customer.
-- customer_id is '' when the client asks for itself, so that the key stays a plain primary key.
CREATE TABLE cfg_otp_preference (
    client_id   VARCHAR(64)  NOT NULL REFERENCES cfg_client (client_id),
    customer_id VARCHAR(64)  NOT NULL,
    preference  VARCHAR(3)   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, customer_id)
);
