-- Requests the signed gateway has let through to an API that is not idempotent (owner: web), by a digest of
-- what the client signed, kept while their Request-Time could still pass the freshness check: the same
-- request again is a replay and is refused, on whichever node it arrives.
CREATE TABLE gw_seen_request (
    digest      VARCHAR(64)  NOT NULL PRIMARY KEY,
    client_id   VARCHAR(64)  NOT NULL,
    kept_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
