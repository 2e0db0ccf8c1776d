-- Customers whose accounts a partner manages (Connected-CustomerId), and the OAuth access tokens that
-- customers granted to partners (Access-Token), stored as SHA-256 only (owner: config-module).
CREATE TABLE cfg_customer_contract (
    client_id      VARCHAR(64)  NOT NULL REFERENCES cfg_client (client_id),
    customer_id    VARCHAR(64)  NOT NULL,
    authorization_type VARCHAR(16) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, customer_id)
);

CREATE TABLE cfg_access_token (
    token_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    client_id      VARCHAR(64)  NOT NULL REFERENCES cfg_client (client_id),
    customer_id    VARCHAR(64)  NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
