-- The benchmark's yardstick table of V9 leaves production databases (owner: web; V9 stays, as applied history).
-- Only the benchmark's build carries the yardstick now, and it makes its table itself.
DROP TABLE IF EXISTS bench_baseline_call;
