-- Wrong codes per holder across request ids and dialects (owner: auth-module): holder_key is "user:<userId>"
-- or "phone:<keyed hash of the number>". Counted within a rolling window, forgotten on a success. The holder's
-- row (auth_user, or auth_send_gate, made for a 3DS cardholder's phone at its first check) is locked meanwhile.
CREATE TABLE auth_wrong_code (
    holder_key  VARCHAR(80)  NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX auth_wrong_code_holder ON auth_wrong_code (holder_key, failed_at);

-- The keyed hash of a 3DS cardholder's phone, when the request named one: whose wrong passcodes they are.
ALTER TABLE auth_threeds_challenge ADD COLUMN phone_hash VARCHAR(64);
