-- Printed once at the end of a wrk run: one JSON line the benchmark reads back.
-- Latencies are in microseconds; "bad" counts non-2xx/3xx answers and socket errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationMicros":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"bad":%d}\n',
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status + e.connect + e.read + e.write + e.timeout))
end
