-- wrk script for bench/search.sh: cycles through the percent-encoded queries in $QUERIES, one a line,
-- asking for the first page of each and, every fourth request, its second page.
local queries = {}
local i = 0

function init(args)
  for line in io.lines(os.getenv("QUERIES")) do
    if line ~= "" then queries[#queries + 1] = line end
  end
  -- Threads start at different places so that they do not ask the same query at once.
  i = math.random(#queries)
end

function request()
  i = i + 1
  local path = "/search?q=" .. queries[(i % #queries) + 1]
  if i % 4 == 0 then path = path .. "&page=2" end
  return wrk.format("GET", path)
end
