-- wrk script for scripts/load.sh: a mix of pushes, pulls and logins against majlis-server, the
-- way many laptops syncing at once would send them (server/PROTOCOL.md).
--
--   wrk ... -s tests/load/mix.lua https://127.0.0.1:PORT -- ACCOUNTS RUN_ID PUSH_PERCENT PULL_LIMIT LOGIN_EVERY
--
-- ACCOUNTS   file, one account a line: token, chapter id, user name, password (tab-separated);
--            the tokens come from logins made before the run (a login costs a PBKDF2 hash
--            of 310,000 iterations, so a token is reused like a laptop reuses it for 30 days)
-- RUN_ID     makes row and device ids unique across runs on the same database
-- PUSH_PERCENT  share of the requests (other than logins) that are pushes; the rest are pulls
-- PULL_LIMIT    page size of the pulls
-- LOGIN_EVERY   every Nth request of each wrk thread is a real login (0: none)
--
-- Each push adds one new contact as a new laptop would: a fresh device id, seq 1, every field
-- carrying a hybrid clock "<13-digit ms>-<10-digit counter>-<device id>" whose device part is
-- the push's device_id (the server refuses anything else). So every push answered 200 with no
-- refusal must have left one more contact on the server, and pushes that wrk cut off when time
-- was up may have too: scripts/load.sh checks that answered <= stored <= sent.
-- Each pull asks with an empty cursor, i.e. for the first page of a full snapshot of the user's
-- chapters; as pushes add contacts, those snapshots cover ever more rows.
--
-- wrk runs one Lua state per thread; done() runs in the setup state and adds up each thread's
-- counters, then prints "result KEY VALUE" lines for scripts/load.sh to read.

local threads = {}
local next_thread = 1

function setup(thread)
   thread:set("thread_id", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local accounts = {}
local run_id, push_percent, pull_limit, login_every
local sent = 0

-- Counters, read by done() through thread:get().
pushes_sent = 0     -- pushes handed to wrk to send
pushes_ok = 0       -- 200 with an empty "rejected" list
pushes_refused = 0  -- 200 that listed refused mutations
pulls_ok = 0
logins_ok = 0
other_ok = 0        -- a 2xx answer none of the above (should stay 0)
non_2xx = 0
statuses = ""       -- "status:count " for every non-2xx status seen
local by_status = {}

function init(args)
   local file = assert(io.open(args[1]), "cannot read the accounts file")
   for line in file:lines() do
      local token, chapter, user, password = line:match("^([^\t]+)\t([^\t]*)\t([^\t]+)\t([^\t]+)$")
      if token then
         table.insert(accounts, {token = token, chapter = chapter, user = user, password = password})
      end
   end
   file:close()
   assert(#accounts > 0, "no accounts in " .. args[1])
   run_id = args[2] or "run"
   push_percent = tonumber(args[3] or "50")
   pull_limit = tonumber(args[4] or "100")
   login_every = tonumber(args[5] or "0")
end

local function clock(device)
   -- Milliseconds only need 13 digits and to be plausible: the server clamps clocks ahead of
   -- its own time.
   return string.format("%013d-%010d-%s", os.time() * 1000, 0, device)
end

local function push_body(account, n)
   local device = string.format("load-%s-t%d-%d", run_id, thread_id, n)
   local id = string.format("c-%s-t%d-%d", run_id, thread_id, n)
   local c = clock(device)
   local now = os.time() * 1000
   local fields = {
      {"id", string.format("%q", id)},
      {"given_name", '"Load"'},
      {"family_name", string.format('"Tester %d"', n)},
      {"chapter_id", string.format("%q", account.chapter)},
      {"notes", '"Met at the spring canvass; interested in housing and transit. Prefers email, evenings."'},
      {"sort_key", string.format('"tester %d load"', n)},
      {"created_at", tostring(now)},
      {"updated_at", tostring(now)},
      {"deleted", "0"},
      {"device_id", string.format("%q", device)},
   }
   local parts = {}
   for _, f in ipairs(fields) do
      table.insert(parts, string.format('"%s":{"v":%s,"c":"%s","b":""}', f[1], f[2], c))
   end
   return string.format('{"device_id":"%s","after":0,"through":1,"mutations":[{"seq":1,"table":"contacts","id":"%s","fields":{%s}}]}',
                        device, id, table.concat(parts, ","))
end

function request()
   sent = sent + 1
   -- Threads start at different accounts so that all of them are in use from the start.
   local account = accounts[(sent + thread_id * 7) % #accounts + 1]
   if login_every > 0 and sent % login_every == 0 then
      local body = string.format('{"user":"%s","password":"%s","device_id":"login-%s-t%d-%d"}',
                                 account.user, account.password, run_id, thread_id, sent)
      return wrk.format("POST", "/v1/login", {["Content-Type"] = "application/json"}, body)
   end
   local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. account.token}
   if sent % 100 < push_percent then
      pushes_sent = pushes_sent + 1
      return wrk.format("POST", "/v1/push", headers, push_body(account, sent))
   end
   return wrk.format("POST", "/v1/pull", headers, string.format('{"cursor":"","limit":%d}', pull_limit))
end

-- A response is told apart by its body: answers are matched to requests per connection, and
-- one Lua state serves all the connections of a thread.
function response(status, headers, body)
   if status < 200 or status > 299 then
      non_2xx = non_2xx + 1
      by_status[status] = (by_status[status] or 0) + 1
      local parts = {}
      for s, count in pairs(by_status) do table.insert(parts, s .. ":" .. count) end
      statuses = table.concat(parts, " ")
   elseif body:find('"acked_seq"', 1, true) then
      if body:find('"rejected":[]', 1, true) then
         pushes_ok = pushes_ok + 1
      else
         pushes_refused = pushes_refused + 1
      end
   elseif body:find('"rows"', 1, true) then
      pulls_ok = pulls_ok + 1
   elseif body:find('"token"', 1, true) then
      logins_ok = logins_ok + 1
   else
      other_ok = other_ok + 1
   end
end

function done(summary, latency, requests)
   local totals = {pushes_sent = 0, pushes_ok = 0, pushes_refused = 0, pulls_ok = 0, logins_ok = 0, other_ok = 0, non_2xx = 0}
   local status_counts = {}
   for _, thread in ipairs(threads) do
      for key, _ in pairs(totals) do
         totals[key] = totals[key] + (thread:get(key) or 0)
      end
      for status, count in (thread:get("statuses") or ""):gmatch("(%d+):(%d+)") do
         status_counts[status] = (status_counts[status] or 0) + tonumber(count)
      end
   end
   local statuses_seen = {}
   for status, count in pairs(status_counts) do table.insert(statuses_seen, status .. "x" .. count) end
   table.sort(statuses_seen)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local out = {
      {"seconds", string.format("%.1f", seconds)},
      {"requests", summary.requests},
      {"rps", string.format("%.0f", summary.requests / seconds)},
      {"p50_ms", string.format("%.1f", latency:percentile(50) / 1000)},
      {"p95_ms", string.format("%.1f", latency:percentile(95) / 1000)},
      {"p99_ms", string.format("%.1f", latency:percentile(99) / 1000)},
      {"max_ms", string.format("%.1f", latency.max / 1000)},
      {"mean_ms", string.format("%.1f", latency.mean / 1000)},
      {"mib_received", string.format("%.1f", summary.bytes / 1048576)},
      {"socket_errors", e.connect + e.read + e.write + e.timeout},
      {"socket_detail", string.format("connect=%d,read=%d,write=%d,timeout=%d", e.connect, e.read, e.write, e.timeout)},
      {"pushes", totals.pushes_ok},
      {"pushes_sent", totals.pushes_sent},
      {"pushes_refused", totals.pushes_refused},
      {"pulls", totals.pulls_ok},
      {"logins", totals.logins_ok},
      {"other_2xx", totals.other_ok},
      {"non_2xx", totals.non_2xx},
      {"non_2xx_statuses", #statuses_seen > 0 and table.concat(statuses_seen, ",") or "-"},
   }
   for _, kv in ipairs(out) do
      io.write("result ", kv[1], " ", tostring(kv[2]), "\n")
   end
end
