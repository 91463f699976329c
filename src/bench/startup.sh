#!/usr/bin/env bash
# Startup of the packaged service: wall time and CPU time from `java -jar` to the first successful
# POST /api/v1/screenings (the DRL compiled at start), the same polling as src/bench/http/load.sh.
#
#   src/bench/startup.sh [RUNS] ['JVM OPTIONS A' ['JVM OPTIONS B' ...]]     (default 5 runs, no options)
#
# Runs each variant RUNS times, alternating (A B A B ...), so that all see the same noisy machine;
# prints every run, then the median per variant. JAR=path/to/quarkus-run.jar measures another build
# (to compare two builds, pass JAR inside a variant: 'JAR=/tmp/a/quarkus-run.jar -XX:TieredStopAtLevel=1').
# JAVA=path/to/bin/java, outside (all variants) or inside a variant, runs another JDK
# (e.g. 'JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java').
# Port: PORT (default 18090). Heap: HEAP (default -Xmx128m -XX:+UseSerialGC, as load.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}; shift || true
[ $# -gt 0 ] || set -- ""
PORT=${PORT:-18090}
HEAP=${HEAP:--Xmx128m -XX:+UseSerialGC}
DEFAULT_JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
DEFAULT_JAVA=${JAVA:-java}
KEY=shinsa-demo-screener-key
OUT=target/bench/startup
[ -f "$DEFAULT_JAR" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$OUT"
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT
TICK=$(getconf CLK_TCK)

# run OPTS: sets W and C, wall and CPU ms of one start (cpu = user+sys of the JVM until the first answer)
run() {
  local jar=$DEFAULT_JAR java=$DEFAULT_JAVA opts=()
  for o in $1; do case "$o" in JAR=*) jar=${o#JAR=};; JAVA=*) java=${o#JAVA=};; *) opts+=("$o");; esac; done
  local t0; t0=$(date +%s%3N)
  "$java" $HEAP -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dshinsa.decision-log.dir="$OUT/decisions" \
       ${opts[@]+"${opts[@]}"} -jar "$jar" > "$OUT/last.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
        -d @rules/examples/listed-1pct-core.json "http://127.0.0.1:$PORT/api/v1/screenings"; do
    kill -0 "$PID" 2>/dev/null || { echo "did not start; see $OUT/last.log" >&2; exit 1; }
    sleep 0.02
  done
  local t1; t1=$(date +%s%3N)
  local cpu; cpu=$(awk -v t="$TICK" '{print int(($14+$15)*1000/t)}' "/proc/$PID/stat")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  W=$((t1 - t0)); C=$cpu
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

declare -A WALL CPU
for ((r = 1; r <= RUNS; r++)); do
  for ((v = 1; v <= $#; v++)); do
    run "${!v}"
    echo "run $r variant $v [${!v}]: ${W} ms wall, ${C} ms cpu"
    WALL[$v]+="$W "; CPU[$v]+="$C "
  done
done
for ((v = 1; v <= $#; v++)); do
  echo "MEDIAN variant $v [${!v}]: $(tr ' ' '\n' <<< "${WALL[$v]}" | grep . | median) ms wall," \
       "$(tr ' ' '\n' <<< "${CPU[$v]}" | grep . | median) ms cpu over $RUNS runs"
done
