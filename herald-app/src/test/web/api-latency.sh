#!/usr/bin/env bash
# Times the API calls the dashboard makes, against a running server, beside /api/health as the
# baseline in the same run: usage: api-latency.sh BASE_URL [ROUNDS]. Prints per call the median
# and the slowest of ROUNDS rounds (whole HTTP round trip on the loopback, by curl), in ms.
set -euo pipefail
base="${1:?usage: api-latency.sh BASE_URL [ROUNDS]}"; rounds="${2:-20}"
json() { curl -s "$base$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"; }
key=$(json "/api/events?limit=1" "d['events'][0]['event_key']")
article=$(json "/api/articles?limit=1" "d['articles'][0]['id']")
actor=$(json "/api/network?limit=1" "d['nodes'][0]['id']")
calls=(
  "/api/health"
  "/api/summary" "/api/codes"
  "/api/events?limit=50&offset=0"
  "/api/network?level=country&limit=40" "/api/network?level=role&limit=40"
  "/api/timeline?bin=auto" "/api/timeline?bin=day"
  "/api/places?limit=500"
  "/api/facets" "/api/facets?root=04"
  "/api/events/$key?limit=100"
  "/api/articles?limit=200" "/api/articles/$article"
  "/api/search?q=election&limit=25" "/api/search?q=%22prime%20minister%22&limit=25" "/api/search?q=election&limit=100"
  "/api/events?q=election&limit=50" "/api/network?q=election&limit=40" "/api/timeline?q=election"
  "/api/events?actor=$actor&limit=50" "/api/network?actor=$actor&level=role&limit=40" "/api/timeline?actor=$actor&from=2004-01&to=2005-12"
)
printf '%-58s %9s %9s\n' call "median ms" "max ms"
for c in "${calls[@]}"; do
  curl -s -o /dev/null "$base$c" # warm
  for i in $(seq "$rounds"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$c"; done \
    | sort -n | awk -v c="$c" '{ t[NR] = $1 * 1000 } END { printf "%-58s %9.1f %9.1f\n", c, t[int((NR + 1) / 2)], t[NR] }'
done
