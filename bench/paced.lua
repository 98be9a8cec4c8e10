-- wrk script for latency at a steady, moderate rate rather than at saturation: each of the
-- connections waits PACE_MS milliseconds (default 4) after a response before sending its next
-- request, so 64 connections ask for about 64 * 1000 / (PACE_MS + latency) requests a second.
-- wrk starts a request's clock when it writes the request, so the pause is not counted as latency.
-- Used by bench/throughput.sh.
local pause = tonumber(os.getenv("PACE_MS") or "4")

function delay()
  return pause
end
