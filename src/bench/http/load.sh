#!/usr/bin/env bash
# HTTP benchmark of the packaged service on this machine (loopback only, bounded in time).
#
#   src/bench/http/load.sh [SECONDS] [CONNECTIONS]        (defaults: 30 s, 16 connections)
#
# Starts the packaged jar with the shipped rules (port 8181) and in "no rules" mode
# (port 8182: parse, validate, answer, log; shinsa.bench.no-rules=true), and reports for each:
# startup to the first successful screening, requests per second and latency percentiles (wrk,
# one thread), resident memory under load; then the ratio of the two, batch throughput, and a run
# with five rule reloads under load (failed requests and p99); last, a third start with the decision
# log forced to disk before each answer (port 8183, shinsa.decision-log.fsync=true). Needs wrk (apt-get install wrk).
# Heap: HEAP (default -Xmx128m -XX:+UseSerialGC: the live heap is under 30 MB, and on these 2 cores the serial
# collector served no less than G1, more in the runs of 2026-12-02; README "Benchmarks"). Results: target/bench/http-report.txt.
# Warm-up: WARM seconds of the same load before the measured runs (default 60 for the rules service, half
# that for the other): the JIT needs about 40 s of load on these 2 cores before the rules run at full speed
# (a 10 s warm-up measured a third of the steady throughput). JDK: JAVA=path/to/bin/java (default: java on the PATH).
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_RUN=${1:-30}
CONNS=${2:-16}
HEAP=${HEAP:--Xmx128m -XX:+UseSerialGC}
WARM=${WARM:-60}
JAVA=${JAVA:-java}
JAR=target/quarkus-app/quarkus-run.jar
OUT=target/bench
ADMIN=shinsa-demo-admin-key
KEY=shinsa-demo-screener-key
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk"; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$OUT"; mkdir -p "$OUT"
cp -r rules "$OUT/rules"   # the services read a copy, which the reload run breaks and mends
# start() runs in a command substitution (a subshell), so the services' pids are kept in files.
# On exit each service is stopped, and killed if it has not stopped within 15 s (a service left running
# would answer the next run's start-up probe on its port).
stop_all() {
  for f in "$OUT"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done
  for _ in $(seq 150); do
    alive=0; for f in "$OUT"/*.pid; do [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && return 0; sleep 0.1
  done
  for f in "$OUT"/*.pid; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null; done; true
}
trap stop_all EXIT

now_ms() { date +%s%3N; }

# start NAME PORT EXTRA_OPTS... : starts the jar, waits for the first 200 screening, prints startup ms
start() {
  local name=$1 port=$2; shift 2
  if curl -s -o /dev/null "http://127.0.0.1:$port/q/health/live"; then
    echo "port $port already answers (a service left from another run?): stop it first"; exit 1
  fi
  local t0; t0=$(now_ms)
  "$JAVA" $HEAP -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -Dshinsa.decision-log.dir="$OUT/decisions-$name" \
       -Dshinsa.rules.dir="$OUT/rules" \
       "$@" -jar "$JAR" > "$OUT/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$OUT/$name.pid"
  until curl -sf -o /dev/null -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
        -d @rules/examples/listed-1pct-core.json "http://127.0.0.1:$port/api/v1/screenings"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name did not start; see $OUT/$name.log"; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# load NAME PORT SECONDS [PATH] [BODIES]: runs wrk, samples peak RSS, prints the RESULT line
load() {
  local name=$1 port=$2 secs=$3 path=${4:-/api/v1/screenings} bodies=${5:-rules/examples}
  local pid; pid=$(cat "$OUT/$name.pid")
  local peak=0
  ( while kill -0 "$pid" 2>/dev/null; do r=$(rss_mb "$pid"); [ "$r" -gt "$(cat "$OUT/$name.rss" 2>/dev/null || echo 0)" ] && echo "$r" > "$OUT/$name.rss"; sleep 0.5; done ) &
  local sampler=$!
  BODIES=$bodies SHINSA_KEY=$KEY wrk -t1 -c"$CONNS" -d"${secs}s" --latency -s src/bench/http/mix.lua "http://127.0.0.1:$port$path" \
    > "$OUT/$name-wrk.txt" 2>&1
  kill "$sampler" 2>/dev/null || true
  echo "$path $(grep '^RESULT' "$OUT/$name-wrk.txt")" >> "$OUT/$name-results.txt"
  grep '^RESULT' "$OUT/$name-wrk.txt"
}

# heap_mb NAME: live heap after a full GC, in MB (to see whether memory grows across runs)
heap_mb() {
  local pid; pid=$(cat "$OUT/$1.pid")
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  # the heap's lines are those with a total and a used figure: G1's "garbage-first heap", or Serial's generations
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/ total / && / used / {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); kb+=v}} END {printf "%.0f", kb/1024}'
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< "$1"; }

echo "JVM: $("$JAVA" -version 2>&1 | head -1); heap $HEAP; $(nproc) cores; wrk -t1 -c$CONNS, ${SECONDS_RUN}s per run after ${WARM}s of warm-up" | tee "$OUT/http-report.txt"
START_RULES=$(start rules 8181)
START_NONE=$(start norules 8182 -Dshinsa.bench.no-rules=true)
echo "startup to first screening: rules ${START_RULES} ms, no-rules ${START_NONE} ms" | tee -a "$OUT/http-report.txt"

metric() { curl -s "http://127.0.0.1:8181/q/metrics" | awk '/^shinsa_screenings_total\{kind="single"/ {s+=$2} END {printf "%d", s}'; }
BEFORE=$(metric)
# Warm-up, then the measured runs (alternating, so both see the same machine).
W=$(load rules 8181 "$WARM"); echo "warm-up  $W" >> "$OUT/http-report.txt"
load norules 8182 $(( (WARM + 1) / 2 )) >/dev/null
R=$(load rules 8181 "$SECONDS_RUN"); echo "rules    $R" | tee -a "$OUT/http-report.txt"
HEAP_FIRST=$(heap_mb rules); RSS_FIRST=$(rss_mb "$(cat "$OUT/rules.pid")")
echo "metrics: shinsa_screenings_total{kind=single} went from $BEFORE to $(metric) during the warm-up and the run" | tee -a "$OUT/http-report.txt"
N=$(load norules 8182 "$SECONDS_RUN"); echo "no-rules $N" | tee -a "$OUT/http-report.txt"
# The ceiling of this machine for any request through the same HTTP stack: a GET with no body and no
# JSON work (liveness), same wrk settings. No screening endpoint can beat it here.
C=$(wrk -t1 -c"$CONNS" -d"${SECONDS_RUN}s" --latency http://127.0.0.1:8182/q/health/live | awk '/Requests\/sec/ {printf "%.0f", $2}')
echo "ceiling  GET /q/health/live: rps=$C (same wrk settings; the HTTP stack alone on these cores)" | tee -a "$OUT/http-report.txt"
kill "$(cat "$OUT/norules.pid")"; rm -f "$OUT/norules.pid"
echo "peak RSS under load: rules $(cat "$OUT/rules.rss") MB, no-rules $(cat "$OUT/norules.rss") MB" | tee -a "$OUT/http-report.txt"
awk -v r="$(field "$R" rps)" -v n="$(field "$N" rps)" 'BEGIN { printf "rules throughput / no-rules throughput = %.2f (rules cost %.0f%%)\n", r/n, 100*(1-r/n) }' | tee -a "$OUT/http-report.txt"

# Batch: 100 transactions per request.
mkdir -p "$OUT/batch"
{ printf '{"transactions": ['; first=1
  for i in $(seq 1 15); do for f in rules/examples/*.json; do
    case "$f" in *invalid-*) continue;; esac
    [ $first -eq 1 ] || printf ','; first=0; cat "$f"
  done; done | head -c 100000000; printf ']}'; } > "$OUT/batch/batch.json"
COUNT=$(grep -o '"investor"' "$OUT/batch/batch.json" | wc -l)
B=$(load rules 8181 "$SECONDS_RUN" /api/v1/screenings/batch "$OUT/batch")
awk -v rps="$(field "$B" rps)" -v n="$COUNT" 'BEGIN { printf "batch of %d: %.0f requests/s = %.0f decisions/s\n", n, rps, rps*n }' | tee -a "$OUT/http-report.txt"
echo "batch    $B" >> "$OUT/http-report.txt"

# Reloads under load: 5 reloads (one of them with a broken rule file) while wrk runs.
( sleep 3
  for i in 1 2 3 4 5; do
    if [ "$i" = 3 ]; then
      cp "$OUT/rules/fefta/listed-shares.drl" "$OUT/listed-shares.drl.bak"
      printf '\nrule "BROKEN"\nwhen\n  then then\nend\n' >> "$OUT/rules/fefta/listed-shares.drl"
      curl -s -o "$OUT/reload-$i.json" -w "reload $i (broken file): HTTP %{http_code} in %{time_total}s\n" -X POST -H "X-API-Key: $ADMIN" http://127.0.0.1:8181/api/v1/rules/reload
      cp "$OUT/listed-shares.drl.bak" "$OUT/rules/fefta/listed-shares.drl"
    else
      curl -s -o "$OUT/reload-$i.json" -w "reload $i: HTTP %{http_code} in %{time_total}s\n" -X POST -H "X-API-Key: $ADMIN" http://127.0.0.1:8181/api/v1/rules/reload
    fi
    sleep 3
  done ) > "$OUT/reloads.txt" 2>&1 &
RELOADER=$!
L=$(load rules 8181 "$SECONDS_RUN")
wait $RELOADER || true
echo "reloads  $L" | tee -a "$OUT/http-report.txt"
cat "$OUT/reloads.txt" | tee -a "$OUT/http-report.txt"
echo "peak RSS over all runs (rules): $(cat "$OUT/rules.rss") MB" | tee -a "$OUT/http-report.txt"
HEAP_LAST=$(heap_mb rules); RSS_LAST=$(rss_mb "$(cat "$OUT/rules.pid")")
echo "memory (rules service): live heap after a full GC ${HEAP_FIRST} MB after the first run, ${HEAP_LAST} MB after the batches and reloads; RSS ${RSS_FIRST} MB then ${RSS_LAST} MB" | tee -a "$OUT/http-report.txt"
# Every answered screening must be in the decision log: single requests count one decision, batch requests COUNT.
ANSWERED=$(awk -v n="$COUNT" '{ for (i=1;i<=NF;i++) if ($i ~ /^requests=/) { split($i,a,"="); r=a[2] } ; d += ($1 ~ /batch$/) ? r*n : r } END { printf "%d", d + 1 }' "$OUT/rules-results.txt")
LOGGED=$(cat "$OUT"/decisions-rules/*.jsonl | wc -l)
echo "decisions answered (counted by wrk, plus the start-up probe): $ANSWERED; in the decision log: $LOGGED ($(( ANSWERED > LOGGED ? ANSWERED - LOGGED : 0 )) missing; the log may hold more: requests in flight when wrk stopped)" | tee -a "$OUT/http-report.txt"

# The decision log forced to disk before each answer (shinsa.decision-log.fsync=true): the log's writer thread
# shares one fsync among the requests that arrive meanwhile (group commit). A third service, started now.
kill "$(cat "$OUT/rules.pid")"; rm -f "$OUT/rules.pid"
START_FSYNC=$(start fsync 8183 -Dshinsa.decision-log.fsync=true)
load fsync 8183 "$WARM" >/dev/null
F=$(load fsync 8183 "$SECONDS_RUN"); echo "fsync    $F (rules, decision log with fsync=true; started in ${START_FSYNC} ms)" | tee -a "$OUT/http-report.txt"
