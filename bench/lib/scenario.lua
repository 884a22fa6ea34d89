-- wrk script for bench/run. Arguments after "--": <mode> <file> <apiKey> [<threads>].
--   paths  : GET each line of <file> in turn (one path and query per line)
--   toggle : PUT /USER/<id> with {"isActive":false} for each ID of the thread's share of <file>
--            (every <threads>-th line), then {"isActive":true} for each, and so on: no two
--            requests in flight name the same person (they would wait on its row's lock), and
--            every PUT changes the flag, as long as the people start active
-- Every response's X-Tasklane-Statements and status are tallied; done() prints one line:
-- RESULT rps=… p50_ms=… p99_ms=… stmts=… non2xx=… requests=… (non2xx also counts socket errors
-- and timeouts)

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  lines = {}
  for line in io.lines(args[2]) do
    if #line > 0 then table.insert(lines, line) end
  end
  key = args[3]
  wrk.headers["apiKey"] = key
  if mode == "toggle" then
    local shares = tonumber(args[4] or "1")
    local share = {}
    for i, line in ipairs(lines) do
      if (i - 1) % shares == id then table.insert(share, line) end
    end
    lines = share
    n = -1
  else
    -- threads start at different places so that they do not ask the same thing together
    n = (id * 7919) % #lines
  end
  statements = 0
  responses = 0
  bad = 0
end

function request()
  n = n + 1
  if mode == "toggle" then
    local i = n % #lines + 1
    local active = (math.floor(n / #lines) % 2 == 1) and "true" or "false"
    return wrk.format("PUT", "/attask/api/v15.0/USER/" .. lines[i] .. "?fields=isActive",
      {["Content-Type"] = "application/json", ["apiKey"] = key}, '{"isActive":' .. active .. '}')
  end
  return wrk.format("GET", lines[n % #lines + 1])
end

function response(status, headers, body)
  responses = responses + 1
  local s = headers["X-Tasklane-Statements"]
  if s then statements = statements + tonumber(s) end
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local statements, responses, bad = 0, 0, 0
  for _, t in ipairs(threads) do
    statements = statements + t:get("statements")
    responses = responses + t:get("responses")
    bad = bad + t:get("bad")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f stmts=%.2f non2xx=%d requests=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    responses > 0 and statements / responses or 0,
    bad + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
