-- Rotated server secrets (owner: common, dev.otpserver.common.secret). Version 1 of the pepper and of the sealing
-- key, and the file's version of the signing key, come from the server's secret store and are never stored here.
-- Every later version is made by an admin call and kept here, AES-GCM sealed under a key derived from the secret
-- store's sealing key, so that every node of the cluster reads the same versions and a dump alone opens none.
CREATE TABLE srv_secret_version (
    secret_name   VARCHAR(40)  NOT NULL,
    version       INTEGER      NOT NULL,
    sealed_value  VARCHAR(8192) NOT NULL,
    -- the signing key's public half (PEM), published to partners; NULL for symmetric secrets
    public_key    VARCHAR(4096),
    -- keyed fingerprint (symmetric secrets) or SHA-256 of the public key: for the audit, never the secret
    fingerprint   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    -- from when the version is the one in use; NULL while a signing key is only announced
    active_from   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (secret_name, version)
);

-- The pepper version each stored code and token hash was made with; rows before this migration used version 1.
ALTER TABLE auth_challenge ADD COLUMN pepper_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE auth_threeds_challenge ADD COLUMN pepper_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE auth_gsp_otp ADD COLUMN pepper_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE auth_wallet_token ADD COLUMN pepper_version INTEGER DEFAULT 1 NOT NULL;
