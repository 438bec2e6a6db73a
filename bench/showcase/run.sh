#!/usr/bin/env bash
# The showcase benchmark, in one run on this machine's loopback (see README, "Benchmarks"): starts
# the portal with the zero-setup launcher (embedded PostgreSQL, no demo data) on its own ports; the
# host makes one tenant and its admin opens the year's round through the portal's pages; the year's
# projects (BENCH_PROJECTS, every status after the draft, with declarations, closures and funds)
# are written straight in the database; the admin publishes a claim board of the year and the
# year's showcase (featured accepted projects, each with its story and a photo) through the JSON
# API. Then, in the same run and in turns, wrk measures the showcase's first page of that tenant
# and year and the tenant's claim board page; prints the table and writes it under bench/results/.
# Goal: the showcase page's p95 within 1.5x the board page's.
#
# Settings (environment): BENCH_PROJECTS (10000), BENCH_UNITS (100), BENCH_STORIES (12 featured),
# BENCH_ITEMS (200 board items), BENCH_ROUNDS (2 turns of each page), BENCH_DURATION (15s per wrk
# run), BENCH_HTTP_PORT (8215), BENCH_DB_PORT (5515), BENCH_HOME (/tmp/gongjian-bench-showcase),
# BENCH_RESULTS (bench/results).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
projects=${BENCH_PROJECTS:-10000}
units=${BENCH_UNITS:-100}
stories=${BENCH_STORIES:-12}
items=${BENCH_ITEMS:-200}
rounds=${BENCH_ROUNDS:-2}
duration=${BENCH_DURATION:-15s}
http_port=${BENCH_HTTP_PORT:-8215}
db_port=${BENCH_DB_PORT:-5515}
home=${BENCH_HOME:-/tmp/gongjian-bench-showcase}
base="http://127.0.0.1:$http_port/"
code=scbench
year=$(date -u +%Y)
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools ---------------------------------------------------------------------------------------
source "$root/bench/portal.sh"
need wrk wrk
need psql postgresql-client
need curl curl
install_missing

# --- the portal ----------------------------------------------------------------------------------
build_portal
rm -rf "$home"
mkdir -p "$home/classes"
javac -encoding UTF-8 -d "$home/classes" "$here"/src/*.java "$root/bench/evaluation/src/Grade.java" "$root/bench/claim-board/src/Session.java"
host_login=bench-host
host_password="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

start_portal_with_statements

# --- data ----------------------------------------------------------------------------------------
generate_start=$SECONDS
say "the host makes tenant $code, its admin opens the $year round (pages)"
java -cp "$home/classes" Grade tenant "$base" "$host_login" "$host_password" "$code" "$year"
tenant=$(psql_super -c "select id from tenant where code = '$code'")
say "writing $projects projects of $units units with their declarations, closures and funds (SQL)"
psql_super -v ON_ERROR_STOP=1 -v tenant="$tenant" -v year="$year" -v units="$units" -v projects="$projects" -f "$here/projects.sql"
category=$(psql_super -c "select c->>'key' from round r join config_version v on v.id = r.config_version_id,
    jsonb_array_elements(v.document::jsonb->'categories') c where r.tenant_id = $tenant and r.year = $year limit 1")
say "the admin publishes a board of $items items (API)"
java -cp "$home/classes" Showcase board "$base" "$code" "$year" "$category" "$items"
featured=$(psql_super -c "select string_agg(id::text, ',' order by id) from (select id from project
    where tenant_id = $tenant and year = $year and status = 'ACCEPTED' order by id limit $stories) p")
say "the admin features $stories accepted projects with a story and a photo each, and publishes the $year showcase (API)"
publish_start=$SECONDS
java -cp "$home/classes" Showcase publish "$base" "$code" "$year" "$featured"
publish_seconds=$((SECONDS - publish_start))
psql_super -c "vacuum analyze" >/dev/null
generate_seconds=$((SECONDS - generate_start))
rows_projects=$(psql_super -c "select count(*) from project where tenant_id = $tenant and year = $year")
rows_by_status=$(psql_super -c "select string_agg(status || ' ' || n, ', ' order by status)
    from (select status, count(*) n from project where tenant_id = $tenant and year = $year group by status) s")
rows_items=$(psql_super -c "select count(*) from claimable_item where tenant_id = $tenant")
edition=$(psql_super -c "select number || ' (' || octet_length(content) || ' bytes of JSON)' from showcase_edition
    where tenant_id = $tenant and year = $year order by number desc limit 1")

# --- the pages answer, anonymously ---------------------------------------------------------------
showcase_path="showcase/$code/$year"
board_path="board/$code"
app_role=gongjian_app
statements() { # path -> SQL statements of the application role for one request, BEGIN/COMMIT aside
    psql_super -c "select pg_stat_statements_reset()" >/dev/null
    curl -fsS -o "$home/page.html" -D "$home/headers.txt" "$base$1"
    sleep 1
    psql_super -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_roles r on r.oid = s.userid
        where r.rolname = '$app_role' and upper(query) !~ '^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)'"
}
showcase_sql=$(statements "$showcase_path")
showcase_cookie=$(grep -ci '^set-cookie' "$home/headers.txt" || true)
showcase_bytes=$(wc -c < "$home/page.html")
showcase_story=$(grep -c '楼道微治理：第1个一居一品' "$home/page.html" || true)
board_sql=$(statements "$board_path")
board_cookie=$(grep -ci '^set-cookie' "$home/headers.txt" || true)
board_bytes=$(wc -c < "$home/page.html")
board_item=$(grep -c '标的1：' "$home/page.html" || true)
if [[ $showcase_story == 0 || $board_item == 0 ]]; then
    echo "the showcase page shows no story ($showcase_story) or the board page no item ($board_item); see $home/page.html" >&2
    exit 1
fi

# --- in turns, in the same run -------------------------------------------------------------------
say "wrk: $rounds turns of the showcase page and the board page (50 connections, $duration each after a 5 s warm-up)"
results_rows=""
sum_showcase_p95=0
sum_board_p95=0
for turn in $(seq "$rounds"); do
    read -r s_rps s_p50 s_p95 s_p99 s_non2xx s_err <<<"$(wrk_run "showcase-$turn" "$showcase_path")"
    read -r b_rps b_p50 b_p95 b_p99 b_non2xx b_err <<<"$(wrk_run "board-$turn" "$board_path")"
    ratio=$(awk -v s="$s_p95" -v b="$b_p95" 'BEGIN { printf "%.2f", s / b }')
    results_rows+="| $turn | showcase \`/$showcase_path\` | $s_p50 | $s_p95 | $s_p99 | $s_rps | $s_non2xx / $s_err | ${ratio}x |"$'\n'
    results_rows+="| $turn | board \`/$board_path\` | $b_p50 | $b_p95 | $b_p99 | $b_rps | $b_non2xx / $b_err | |"$'\n'
    sum_showcase_p95=$(awk -v a="$sum_showcase_p95" -v b="$s_p95" 'BEGIN { print a + b }')
    sum_board_p95=$(awk -v a="$sum_board_p95" -v b="$b_p95" 'BEGIN { print a + b }')
    say "turn $turn: showcase p95 $s_p95 ms ($s_rps req/s), board p95 $b_p95 ms ($b_rps req/s), ${ratio}x"
done

# --- the table -----------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%d)
machine=$(machine)
mean_ratio=$(awk -v s="$sum_showcase_p95" -v b="$sum_board_p95" 'BEGIN { printf "%.2f", s / b }')
table=$(cat <<TABLE
# Showcase benchmark, $stamp

Machine: $machine; load average before the timing: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine).
Data: tenant \`$code\` with $rows_projects projects of $year ($rows_by_status) of $units units, each with its declaration,
the accepted ones with a closure report and funds (SQL); a claim board of $rows_items published items and the $year
showcase of $stories featured stories with a photo each, published through the JSON API (edition $edition;
publishing took $publish_seconds s with the features, stories and photos); $generate_seconds s in all.
wrk: 2 threads, 50 connections, $duration after a 5 s warm-up, on 127.0.0.1, anonymous; $rounds turns, the showcase page then
the board page in each, so both meet the same load of the shared machine.

| turn | page | p50 ms | p95 ms | p99 ms | req/s | non-2xx / socket errors | showcase p95 / board p95 |
| --- | --- | --- | --- | --- | --- | --- | --- |
$results_rows
| what | goal | measured | |
| --- | --- | --- | --- |
| showcase p95 against the board's, over the $rounds turns | <= 1.5x | ${mean_ratio}x (Σ p95 $sum_showcase_p95 ms against $sum_board_p95 ms) | $(pass "$sum_showcase_p95 <= 1.5 * $sum_board_p95") |
| SQL statements of the first (uncached) request after publishing, BEGIN/COMMIT aside | (reported) | showcase page: $showcase_sql; board page: $board_sql | |
| anonymous pages set a cookie | none | showcase: $showcase_cookie Set-Cookie, board: $board_cookie | $(pass "$showcase_cookie == 0 && $board_cookie == 0") |
| page size | (reported) | showcase: $showcase_bytes bytes, board: $board_bytes bytes | |
TABLE
)
{
    echo "## Raw output"
    for turn in $(seq "$rounds"); do
        for page in showcase board; do
            echo "### wrk, $page, turn $turn"; echo '```'; cat "$home/wrk-$page-$turn.txt"; echo '```'
        done
    done
} | write_result showcase
