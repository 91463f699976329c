-- wrk script: POSTs a rotating mix of request bodies, one file per body, with the demo screener key.
-- Bodies come from the folder in the environment variable BODIES (default rules/examples), except invalid-*.json.
-- Usage: BODIES=rules/examples wrk -t1 -c16 -d30s --latency -s src/bench/http/mix.lua http://127.0.0.1:8181/api/v1/screenings
local dir = os.getenv("BODIES") or "rules/examples"
local key = os.getenv("SHINSA_KEY") or "shinsa-demo-screener-key"
local bodies = {}
local p = io.popen('ls "' .. dir .. '"/*.json')
for file in p:lines() do
  if not file:match("invalid%-[^/]*%.json$") then
    local f = assert(io.open(file, "rb"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
end
p:close()
assert(#bodies > 0, "no request bodies in " .. dir)

local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = key

request = function()
  i = (i % #bodies) + 1
  return wrk.format(nil, nil, nil, bodies[i])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f non2xx=%d socket_errors=%d p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
