-- Keyed fingerprints of the server secrets the data was written with (owner: common, dev.otpserver.common.secret):
-- HMAC-SHA256 under each secret of a fixed label, never the secret. The first node records them; every later
-- start compares its own and refuses to start on a difference, instead of failing every verification.
CREATE TABLE srv_secret_fingerprint (
    secret_name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    fingerprint  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
