-- The benchmark's yardstick (README "Performance", owner: web): one row per baseline call, written only
-- while otp.benchmark.baseline-enabled is true, i.e. on a benchmark server.
CREATE TABLE bench_baseline_call (
    call_id    VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id  VARCHAR(64)  NOT NULL,
    called_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
