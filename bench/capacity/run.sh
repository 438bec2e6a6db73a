#!/usr/bin/env bash
# The capacity benchmark, in one run on this machine's loopback (see README, "Benchmarks"): the cost
# of one request, start-up, and heap per signed-in session, each against an empty Payara Micro.
# 1. The portal starts with the zero-setup launcher (embedded PostgreSQL, no demo data) and an empty
#    Payara Micro (a WAR holding only the portal's 217-byte favicon) beside it; wrk fetches that file
#    from each in turns (empty, portal, empty, portal, ...) so both meet the same load of the shared
#    machine. Goal: the portal >= 50% of the empty Micro's req/s.
# 2. Start-up: the empty Micro and the portal's WAR are started the same way (java -jar payara-micro.jar,
#    the launcher's pre-boot settings, -Xmx512m), in turns, on the launcher's database; seconds until
#    the file, or /health/ready, answers 200. Goal: the portal within 2x.
# 3. The last portal started (-Xmx512m) signs BENCH_SESSIONS visitors in (each a session that then
#    opened the home page); heap after a full GC before and after. Goal: all of them within 512 MiB.
# Prints the table and writes it under bench/results/.
#
# Settings (environment): BENCH_ROUNDS (3 turns of each in part 1, 2 in part 2), BENCH_DURATION (10s per wrk
# run), BENCH_SESSIONS (200), BENCH_HTTP_PORT (8215), BENCH_DB_PORT (5515), BENCH_EMPTY_PORT (8225: the
# empty Micro, then the portal started for parts 2 and 3), BENCH_HOME (/tmp/gongjian-bench-capacity),
# BENCH_RESULTS (bench/results).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${BENCH_ROUNDS:-3}
duration=${BENCH_DURATION:-10s}
sessions=${BENCH_SESSIONS:-200}
http_port=${BENCH_HTTP_PORT:-8215}
db_port=${BENCH_DB_PORT:-5515}
other_port=${BENCH_EMPTY_PORT:-8225}
home=${BENCH_HOME:-/tmp/gongjian-bench-capacity}
base="http://127.0.0.1:$http_port/"
other="http://127.0.0.1:$other_port/"
file=resources/images/favicon.svg
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools ---------------------------------------------------------------------------------------
source "$root/bench/portal.sh"
need wrk wrk
need psql postgresql-client
need curl curl
install_missing

build_portal
rm -rf "$home"
mkdir -p "$home/classes" "$home/empty/resources/images"
javac -encoding UTF-8 -d "$home/classes" "$here"/src/*.java "$root/bench/claim-board/src/Session.java"
cp "$root/web/src/main/webapp/$file" "$home/empty/$file"
(cd "$home/empty" && jar cf "$home/empty.war" resources)
micro_jar="$root/docker/target/payara-micro.jar"
{ cat "$root/docker/src/main/resources/org/gongjian/launcher/pre-boot-commands.txt"
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
} > "$home/preboot.txt"
host_login=bench-host
host_password="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

# --- the other Micro on $other_port: empty, or the portal's WAR with the launcher's database ------
other_pid=""
# start_other WAR READY_PATH NAME: sets started_in, the seconds until READY_PATH answered 200
started_in=""
start_other() {
    local started
    started=$(date +%s.%N)
    (cd "$home" && exec setsid env GONGJIAN_DB_URL="jdbc:postgresql://localhost:$db_port/gongjian" \
        GONGJIAN_DB_USER=gongjian_app GONGJIAN_DB_PASSWORD="$(property app.password)" GONGJIAN_DEMO_DATA=false \
        GONGJIAN_TRUSTED_PROXIES=127.0.0.1/32 GONGJIAN_SEALING_KEY_FILE="$home/portal/sealing.key" \
        GONGJIAN_ATTACHMENTS="$home/portal/attachments" \
        java -Xmx512m -Djava.io.tmpdir="$home" -jar "$micro_jar" --deploy "$1" --contextroot / \
        --port "$other_port" --nocluster --prebootcommandfile "$home/preboot.txt" >"$home/$3.log" 2>&1) &
    other_pid=$!
    until curl -fsS -o /dev/null "$other$2" 2>/dev/null; do
        if ! kill -0 "$other_pid" 2>/dev/null; then tail -40 "$home/$3.log"; echo "$3 stopped; see $home/$3.log" >&2; exit 1; fi
        sleep 0.2
    done
    started_in=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
}
stop_other() {
    if [[ -n $other_pid ]] && kill -0 "$other_pid" 2>/dev/null; then
        kill -TERM -- "-$other_pid" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$other_pid" 2>/dev/null || break; sleep 1; done
    fi
    other_pid=""
}
trap 'stop_other; stop_portal' EXIT
say "starting the portal with the launcher (home $home)"
start_portal
credentials="$home/portal/db-credentials.properties"

# The Micro's own count from its log, "ready in 12,345 (ms)", in seconds
micro_ready() { sed -n 's/.*ready in \([0-9,]*\) (ms).*/\1/p' "$home/$1.log" | tr -d , | awk '{ printf "%.1f", $1 / 1000 }'; }

# --- 1. the static file, in turns ----------------------------------------------------------------
say "starting an empty Payara Micro on $other"
start_other "$home/empty.war" "$file" empty-0
portal_headers=$(curl -fsS -o /dev/null -D - "$base$file")
for header in Content-Security-Policy X-Content-Type-Options X-Frame-Options Referrer-Policy Permissions-Policy; do
    grep -qi "^$header:" <<<"$portal_headers" || { echo "the portal's $file lacks $header" >&2; exit 1; }
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "wrk: $rounds turns of $file from the empty Micro and from the portal (50 connections, $duration each after a 5 s warm-up)"
rows=""
sum_empty=0
sum_portal=0
for turn in $(seq "$rounds"); do
    read -r e_rps e_p50 e_p95 e_p99 e_non2xx e_err <<<"$(base=$other wrk_run "empty-$turn" "$file")"
    read -r p_rps p_p50 p_p95 p_p99 p_non2xx p_err <<<"$(wrk_run "portal-$turn" "$file")"
    share=$(awk -v p="$p_rps" -v e="$e_rps" 'BEGIN { printf "%.0f%%", 100 * p / e }')
    rows+="| $turn | empty Micro | $e_rps | $e_p50 | $e_p95 | $e_p99 | $e_non2xx / $e_err | |"$'\n'
    rows+="| $turn | portal | $p_rps | $p_p50 | $p_p95 | $p_p99 | $p_non2xx / $p_err | $share |"$'\n'
    sum_empty=$(awk -v a="$sum_empty" -v b="$e_rps" 'BEGIN { print a + b }')
    sum_portal=$(awk -v a="$sum_portal" -v b="$p_rps" 'BEGIN { print a + b }')
    say "turn $turn: empty $e_rps req/s, portal $p_rps req/s ($share)"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_other

# --- 2. start-up, in turns -----------------------------------------------------------------------
starts=$(( rounds > 1 ? 2 : 1 ))
say "start-up: the empty Micro and the portal's WAR, $starts turns, on $other"
startup_rows=""
sum_empty_start=0
sum_portal_start=0
for turn in $(seq "$starts"); do
    start_other "$home/empty.war" "$file" "empty-start-$turn"
    e_start=$started_in
    stop_other
    start_other "$root/web/target/gongjian.war" health/ready "portal-start-$turn"
    p_start=$started_in
    startup_rows+="| $turn | $e_start s (Micro: $(micro_ready "empty-start-$turn") s) | $p_start s (Micro: $(micro_ready "portal-start-$turn") s) |"$'\n'
    sum_empty_start=$(awk -v a="$sum_empty_start" -v b="$e_start" 'BEGIN { print a + b }')
    sum_portal_start=$(awk -v a="$sum_portal_start" -v b="$p_start" 'BEGIN { print a + b }')
    say "turn $turn: empty $e_start s, portal $p_start s"
    [[ $turn == "$starts" ]] || stop_other # the last portal stays for part 3
done

# --- 3. signed-in sessions in 512 MiB ------------------------------------------------------------
micro_pid=$(pgrep -f -- "--port $other_port --nocluster" | head -1)
heap_used() { # MiB in use after a full GC
    jcmd "$micro_pid" GC.run >/dev/null
    sleep 1
    jcmd "$micro_pid" GC.heap_info | awk '/ used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); printf "%.1f", v / 1024; exit } }'
}
# warm the signed-in path once, so the figure below counts sessions, not first-use caches
java -cp "$home/classes" Sessions "$other" "$host_login" "$host_password" 4 >/dev/null
heap_before=$(heap_used)
jcmd "$micro_pid" GC.class_histogram > "$home/histogram-before.txt"
say "signing $sessions sessions in on the portal started with -Xmx512m (heap after a full GC: $heap_before MiB)"
signed_in=$(java -cp "$home/classes" Sessions "$other" "$host_login" "$host_password" "$sessions")
heap_after=$(heap_used)
jcmd "$micro_pid" GC.class_histogram > "$home/histogram-after.txt"
heap_max=$(jcmd "$micro_pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p' | awk '{ printf "%.0f", $1 / 1048576 }')
per_session=$(awk -v a="$heap_after" -v b="$heap_before" -v n="$sessions" 'BEGIN { printf "%.1f", (a - b) * 1024 / n }')
# what the sessions added, by class: the 12 that grew most
grown=$(awk 'FNR == NR { if ($1 ~ /:$/) before[$4] = $3; next } $1 ~ /:$/ { print $3 - before[$4], $4 }' \
    "$home/histogram-before.txt" "$home/histogram-after.txt" | sort -rn | awk 'NR <= 12' |
    awk -v n="$sessions" '{ printf "| `%s` | %.2f KiB |\n", $2, $1 / 1024 / n }')
stop_other

# --- the table -----------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%d)
mean_share=$(awk -v p="$sum_portal" -v e="$sum_empty" 'BEGIN { printf "%.0f", 100 * p / e }')
startup_ratio=$(awk -v p="$sum_portal_start" -v e="$sum_empty_start" 'BEGIN { printf "%.2f", p / e }')
table=$(cat <<TABLE
# Capacity benchmark, $stamp

Machine: $(machine); load average $load_before before the wrk turns, $load_after after (a shared machine:
other work ran alongside, on both sides alike since the turns alternate).
wrk: 2 threads, 50 connections, $duration after a 5 s warm-up each, on 127.0.0.1; the portal's \`/$file\` (217 bytes,
through its authentication mechanism and filters: the response carries the content policy and the other
security headers) against the same file in an otherwise empty WAR on $(grep -o 'Payara Micro [0-9.]* (build [0-9]*)' "$home/empty-0.log" | head -1)
(the same jar and pre-boot settings, -Xmx512m; the launcher gives the portal -Xmx1g).

| turn | server | req/s | p50 ms | p95 ms | p99 ms | non-2xx / socket errors | portal / empty |
| --- | --- | --- | --- | --- | --- | --- | --- |
$rows
Start-up (java -jar payara-micro.jar --deploy …, -Xmx512m, until the file or \`/health/ready\` answers 200; the
Micro's own "ready in" in brackets):

| turn | empty Micro | portal |
| --- | --- | --- |
$startup_rows
Heap after a full GC in the portal started with -Xmx512m (max heap $heap_max MiB), before and after signing in
$sessions visitors as one account (each a session of its own that opened the home page): $heap_before MiB, then
$heap_after MiB; $signed_in of $sessions reached the home page. What grew most, per session:

| class | per session |
| --- | --- |
$grown

| what | goal | measured | |
| --- | --- | --- | --- |
| the static file through the portal against the empty Micro, over the $rounds turns | >= 50% | $mean_share% (Σ $sum_portal against $sum_empty req/s) | $(pass "$sum_portal >= 0.5 * $sum_empty") |
| start-up against the empty Micro | <= 2x | ${startup_ratio}x (Σ $sum_portal_start s against $sum_empty_start s) | $(pass "$sum_portal_start <= 2 * $sum_empty_start") |
| heap per signed-in session | (reported) | $per_session KiB | |
| $sessions signed-in sessions in -Xmx512m | all signed in, heap < 512 MiB | $signed_in signed in, $heap_after MiB after GC | $(pass "$signed_in == $sessions && $heap_after < 512") |
TABLE
)
{
    echo "## Raw output"
    for turn in $(seq "$rounds"); do
        for server in empty portal; do
            echo "### wrk, $server, turn $turn"; echo '```'; cat "$home/wrk-$server-$turn.txt"; echo '```'
        done
    done
} | write_result capacity
