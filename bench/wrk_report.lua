-- wrk script for bench/run: sends the request bench/run describes in the environment and prints
-- one line it reads back:
--   RESULT requests=<n> seconds=<s> p50_us=<n> p95_us=<n> p99_us=<n> bad_status=<n> socket_errors=<n>
-- WRK_METHOD (GET by default) and WRK_BODY_FILE (a JSON body to POST) are optional.
local method = os.getenv("WRK_METHOD") or "GET"
local body_file = os.getenv("WRK_BODY_FILE")
wrk.method = method
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50_us=%d p95_us=%d p99_us=%d bad_status=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
