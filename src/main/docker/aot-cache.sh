#!/usr/bin/env bash
# Makes a JDK AOT cache (Project Leyden, JEP 483/514/515: JDK 25 or newer) for a faster start of Shinsa:
# classes of Quarkus, Drools, the Java compiler and Shinsa are loaded and linked from the cache instead
# of from the jars, with the method profiles of a training run. The rules themselves are still compiled
# at every start (a changed rule folder needs no new cache; classes generated from DRL are never cached).
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/main/docker/aot-cache.sh
#   $JAVA -Xmx128m -XX:+UseSerialGC -XX:AOTCache=target/quarkus-aot/app.aot -jar target/quarkus-aot/quarkus-run.jar
#
# Training run: starts the jar with -XX:AOTCacheOutput, screens every rules/examples/*.json ROUNDS times
# (default 20) and once as a batch, reads health and metrics, then stops it; the JVM writes the cache as
# it exits. Quarkus' "aot-jar" packaging is needed (Leyden does not cache classes of Quarkus' own class
# loader); when JAR is missing the script builds it into target/quarkus-aot, beside the usual
# target/quarkus-app. Run the service with the same JDK, the same JAR path (relative paths resolve
# against the current folder, so start from the same folder) and the same collector as the training;
# the JVM checks the jars and ignores a cache that does not match them (a warning with -Xlog:aot).
#
# Settings: JAVA (default java), JAR (default target/quarkus-aot/quarkus-run.jar), CACHE (default app.aot
# beside the jar), JAVA_OPTS (default -Xmx128m -XX:+UseSerialGC, as the README's run command), RULES
# (default rules: the folder served, and its examples/), PORT (default 18097), ROUNDS (default 20).
set -euo pipefail
JAVA=${JAVA:-java}
JAR=${JAR:-target/quarkus-aot/quarkus-run.jar}
CACHE=${CACHE:-$(dirname "$JAR")/app.aot}
JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}
RULES=${RULES:-rules}
PORT=${PORT:-18097}
ROUNDS=${ROUNDS:-20}
KEY=shinsa-demo-screener-key

if ! "$JAVA" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  echo "$JAVA cannot write an AOT cache (-XX:AOTCacheOutput needs JDK 25 or newer): $("$JAVA" -version 2>&1 | head -1)" >&2
  exit 2
fi
if [ ! -f "$JAR" ]; then
  [ -x ./mvnw ] || { echo "no $JAR, and no ./mvnw here to build it" >&2; exit 2; }
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=quarkus-aot
fi
ls "$RULES"/examples/*.json >/dev/null || { echo "no examples in $RULES/examples to train on" >&2; exit 2; }

WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
rm -f "$CACHE"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$CACHE" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dshinsa.rules.dir="$RULES" -Dshinsa.decision-log.dir="$WORK/decisions" -jar "$JAR" > "$WORK/training.log" 2>&1 &
PID=$!
screen() { curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d @"$1" \
  "http://127.0.0.1:$PORT/api/v1/screenings${2:-}"; }
FIRST=$(ls "$RULES"/examples/*.json | grep -v invalid | head -1)
for _ in $(seq 600); do
  [ "$(screen "$FIRST")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "the training run did not start:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
  sleep 0.1
done
n=0
for _ in $(seq "$ROUNDS"); do
  for f in "$RULES"/examples/*.json; do screen "$f" >/dev/null; n=$((n + 1)); done
done
{ printf '{"transactions": ['; sep=
  for f in "$RULES"/examples/*.json; do case "$f" in *invalid-*) continue;; esac; printf '%s' "$sep"; cat "$f"; sep=,; done
  printf ']}'; } > "$WORK/batch.json"
echo "training: $n screenings, batch answered $(screen "$WORK/batch.json" /batch)"
curl -s -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"
curl -s -o /dev/null "http://127.0.0.1:$PORT/q/metrics"
kill "$PID"
wait "$PID" || true   # the JVM assembles the cache as it exits (a forked JVM, some seconds)
PID=
[ -s "$CACHE" ] || { echo "no cache written:" >&2; grep -i aot "$WORK/training.log" | tail -20 >&2; exit 1; }
echo "AOT cache: $CACHE ($(du -h "$CACHE" | cut -f1)). Start with:"
echo "  $JAVA $JAVA_OPTS -XX:AOTCache=$CACHE -jar $JAR"
