-- wrk script: request n goes to session (n mod S) at position (n div S) + 1, so a session's positions come in
-- order, hundreds of requests apart. Each wrk thread takes every other session so that threads never share one.
local sessions = {}
local counter = 0
local token = os.getenv("BENCH_TOKEN")
local body = '{"text": "Stateless instances keep no user state in memory, so any instance can serve any request; '
  .. 'sessions live in a shared store such as Redis or in the database, and identity travels in a signed JWT."}'

function setup(thread)
  thread:set("offset", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end

function init(args)
  local all = {}
  for line in io.lines(os.getenv("BENCH_SESSIONS")) do
    all[#all + 1] = line
  end
  for i = 1 + offset, #all, 2 do
    sessions[#sessions + 1] = all[i]
  end
end

function request()
  local session = sessions[(counter % #sessions) + 1]
  local position = math.floor(counter / #sessions) + 1
  counter = counter + 1
  if position > 20 then
    position = 20 -- every session answered: the same text again is the idempotent path
  end
  return wrk.format("PUT", "/api/v1/sessions/" .. session .. "/answers/" .. position,
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.0f answers/s; p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
