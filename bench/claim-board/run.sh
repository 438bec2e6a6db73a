#!/usr/bin/env bash
# The claim board benchmark, in one run on this machine's loopback (see README, "Benchmarks"):
# starts the portal with the zero-setup launcher (embedded PostgreSQL, no demo data) on its own
# ports, fills it through its own pages and JSON API, then measures the public board against a
# static file, a claim storm through the real endpoint, pgbench's floor for the same claim
# transaction, and the SQL statements of an uncached board page; prints the table and writes it
# under bench/results/.
#
# Settings (environment): BENCH_TENANTS (1000), BENCH_ITEMS (200 per board), BENCH_WORKERS (4
# parallel tenants while generating), BENCH_HTTP_PORT (8215), BENCH_DB_PORT (5515), BENCH_HOME
# (/tmp/gongjian-bench: data, logs, generated logins), BENCH_REUSE=true to measure again on the
# data a previous run generated in BENCH_HOME, BENCH_DURATION (15s per wrk run).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tenants=${BENCH_TENANTS:-1000}
items=${BENCH_ITEMS:-200}
workers=${BENCH_WORKERS:-4}
http_port=${BENCH_HTTP_PORT:-8215}
db_port=${BENCH_DB_PORT:-5515}
home=${BENCH_HOME:-/tmp/gongjian-bench}
reuse=${BENCH_REUSE:-false}
duration=${BENCH_DURATION:-15s}
organisations=${BENCH_ORGANISATIONS:-1000}
base="http://127.0.0.1:$http_port/"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools ---------------------------------------------------------------------------------------
source "$here/../portal.sh"
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client
need curl curl
install_missing

# --- the portal ----------------------------------------------------------------------------------
build_portal
if [[ $reuse != true ]]; then
    rm -rf "$home"
fi
mkdir -p "$home/classes" "$home/gen"
javac -encoding UTF-8 -d "$home/classes" "$here"/src/*.java

host_login=bench-host
if [[ ! -f "$home/host-password" ]]; then
    echo "Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" > "$home/host-password"
fi
host_password=$(cat "$home/host-password")

start_portal_with_statements

# --- data, through the portal's own pages and API -------------------------------------------------
if [[ ! -f "$home/gen/generated.txt" ]]; then
    say "generating $tenants tenants x $items items, the storm's $organisations organisations and the floor's 1,000 units ($workers workers)"
    java -cp "$home/classes" Generate "$base" "$host_login" "$host_password" "$tenants" "$items" "$workers" "$home/gen" "$organisations"
else
    say "reusing the data generated before: $(tr '\n' ' ' < "$home/gen/generated.txt")"
fi
generated_seconds=$(sed -n 's/^seconds=//p' "$home/gen/generated.txt")
generated_requests=$(sed -n 's/^requests=//p' "$home/gen/generated.txt")
forbidden_retried=$(sed -n 's/^forbidden_retried=//p' "$home/gen/generated.txt")
if [[ $reuse == true ]]; then
    # a second run starts the storm and the floor on empty boards again (superuser, triggers off for this)
    psql_super >/dev/null <<'SQL'
set session_replication_role = replica;
delete from claim where tenant_id in (select id from tenant where code in ('storm', 'floor'));
update claimable_item set accepted = 0 where tenant_id in (select id from tenant where code in ('storm', 'floor'));
SQL
    # organisations whose first password a previous run replaced sign in on the chosen one
    psql_super -c "select login from account where login like 'storm-c%' and not must_change_password" > "$home/changed.txt"
    awk -F'\t' 'NR == FNR { changed[$1] = 1; next } ($1 in changed) { print $1 "\t-\tchosen"; next } { print }' \
        "$home/changed.txt" "$home/gen/claimants.tsv" > "$home/gen/claimants.new" && mv "$home/gen/claimants.new" "$home/gen/claimants.tsv"
fi
psql_super -c "vacuum analyze" >/dev/null

# --- (d) SQL statements per uncached board page ---------------------------------------------------
# Ten tenants' boards nobody has asked for since the start: each first request misses the cache.
mapfile -t sample < <(sed -n '1,10s/\t.*//p' "$home/gen/boards.tsv")
psql_super -c "select pg_stat_statements_reset()" >/dev/null
for code in "${sample[@]}"; do
    curl -fsS -o /dev/null "${base}board/$code"
done
sleep 1
app_role=gongjian_app
psql_super -F $'\t' -c "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 160) from pg_stat_statements s
    join pg_roles r on r.oid = s.userid where r.rolname = '$app_role' order by calls desc" > "$home/sql-per-page.tsv"
sql_all=$(awk -F'\t' '{ n += $1 } END { print n + 0 }' "$home/sql-per-page.tsv")
sql_tx=$(awk -F'\t' 'toupper($2) ~ /^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)/ { n += $1 } END { print n + 0 }' "$home/sql-per-page.tsv")
sql_per_page=$(awk -v a="$sql_all" -v t="$sql_tx" -v n="${#sample[@]}" 'BEGIN { printf "%.1f", (a - t) / n }')
sql_per_page_all=$(awk -v a="$sql_all" -v n="${#sample[@]}" 'BEGIN { printf "%.1f", a / n }')
psql_super -c "select pg_stat_statements_reset()" >/dev/null
for code in "${sample[@]}"; do
    curl -fsS -o /dev/null "${base}api/v1/public/boards/$code"
done
sleep 1
api_sql_per_call=$(psql_super -c "select round(sum(calls)::numeric / ${#sample[@]}, 1) from pg_stat_statements s
    join pg_roles r on r.oid = s.userid where r.rolname = '$app_role'
    and upper(query) !~ '^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)'")
board_code=${sample[0]}
session_cookie=$(curl -fsS -D - -o /dev/null "${base}board/$board_code" | grep -ci '^set-cookie' || true)

# --- (a) the public board beside a static file ----------------------------------------------------
static_path="resources/images/favicon.svg"
say "wrk: static file, board page, API board listing (50 connections, $duration each after 5 s warm-up)"
read -r static_rps static_p50 static_p95 static_p99 static_non2xx static_err <<<"$(wrk_run static "$static_path")"
read -r board_rps board_p50 board_p95 board_p99 board_non2xx board_err <<<"$(wrk_run board "board/$board_code")"
read -r api_rps api_p50 api_p95 api_p99 api_non2xx api_err <<<"$(wrk_run api "api/v1/public/boards/$board_code")"

# --- (b) the claim storm ----------------------------------------------------------------------------
say "claim storm: signing in $organisations organisations, then $organisations claims at once"
java -cp "$home/classes" Storm signin "$base" "$home/gen/claimants.tsv" 4 "$home/cookies.txt" | tee "$home/storm.txt"
psql_super -c "select pg_stat_statements_reset()" >/dev/null
java -cp "$home/classes" Storm fire "$base" "$home/cookies.txt" storm | tee -a "$home/storm.txt"
psql_super -F $'\t' -c "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 160) from pg_stat_statements s
    join pg_roles r on r.oid = s.userid where r.rolname = '$app_role' order by calls desc" > "$home/sql-storm.tsv"
storm_sql=$(awk -F'\t' '{ n += $1 } END { printf "%.1f", n / '"$organisations"' }' "$home/sql-storm.tsv")
value() { sed -n "s/^$1=//p" "$2" | head -1; }
storm_rps=$(value claims_per_s "$home/storm.txt")
storm_seconds=$(value storm_seconds "$home/storm.txt")
storm_201=$(value status_201 "$home/storm.txt"); storm_201=${storm_201:-0}
storm_200=$(value status_200 "$home/storm.txt"); storm_200=${storm_200:-0}
storm_409=$(value status_409 "$home/storm.txt"); storm_409=${storm_409:-0}
storm_5xx=$(awk -F= '/^status_(5..|io-error)=/ { n += $2 } END { print n + 0 }' "$home/storm.txt")
storm_other=$(awk -F= '/^status_/ && !/^status_(200|201|409|5..|io-error)=/ { sub("status_", "", $1); printf "%s%s: %s", sep, $1, $2; sep = ", " }' "$home/storm.txt")
tenant_id() { psql_super -c "select id from tenant where code = '$1'"; }
storm_tenant=$(tenant_id storm)
accepted_db=$(psql_super -c "select count(*) from claim where tenant_id = $storm_tenant and status = 'ACCEPTED'")
places_db=$(psql_super -c "select sum(accepted) || '/' || sum(capacity) from claimable_item where tenant_id = $storm_tenant")

# --- (c) pgbench: the same claim transaction straight in the database --------------------------------
floor_tenant=$(tenant_id floor)
floor_items=$(psql_super -c "select string_agg(id::text, ',' order by id) from claimable_item where tenant_id = $floor_tenant")
floor_units=$(psql_super -c "select string_agg(id::text, ',' order by id) from unit where tenant_id = $floor_tenant")
sed -e "s/:tenant_id/$floor_tenant/g" -e "s/:item_ids/$floor_items/" -e "s/:unit_ids/$floor_units/" \
    "$here/claim.pgbench" > "$home/claim.pgbench"
say "pgbench: 1,000 claim transactions, 50 clients, on the floor tenant's board of 18 items and 27 places"
PGPASSWORD=$(property app.password) pgbench -n -h 127.0.0.1 -p "$db_port" -U "$app_role" -c 50 -j 2 -t 20 \
    -f "$home/claim.pgbench" gongjian > "$home/pgbench.txt" 2>&1 || { cat "$home/pgbench.txt"; exit 1; }
pgbench_tps=$(awk '/^tps/ { printf "%.0f", $3; exit }' "$home/pgbench.txt")
pgbench_failed=$(awk '/number of failed transactions/ { print $5 }' "$home/pgbench.txt")
floor_accepted=$(psql_super -c "select count(*) from claim where tenant_id = $floor_tenant and status = 'ACCEPTED'")

# --- the table ------------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%d)
machine=$(machine)
ratio=$(awk -v b="$board_rps" -v s="$static_rps" 'BEGIN { printf "%.0f", 100 * b / s }')
p95_ratio=$(awk -v b="$board_p95" -v s="$static_p95" 'BEGIN { printf "%.1f", b / s }')
claims_ratio=$(awk -v c="$storm_rps" -v p="$pgbench_tps" 'BEGIN { printf "%.0f", 100 * c / p }')
server_error_count=$storm_5xx
table=$(cat <<EOF
# Claim board benchmark, $stamp

Machine: $machine; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine).
Data: $tenants tenants x $items items in 6 sectors (+ units, requests to join), the storm tenant ($organisations organisations)
and the floor tenant, generated through the portal's pages and JSON API: $generated_requests requests in $generated_seconds s
($forbidden_retried of them answered a spurious 403 to a signed-in admin and were asked again).
wrk: 2 threads, 50 connections, $duration after a 5 s warm-up, on 127.0.0.1.

| what | goal | measured | |
| --- | --- | --- | --- |
| static file \`/$static_path\` | reference | $static_rps req/s, p50 $static_p50 ms, p95 $static_p95 ms, p99 $static_p99 ms, non-2xx $static_non2xx | |
| board page \`/board/$board_code\` throughput | >= 25% of static | $board_rps req/s ($ratio%), non-2xx $board_non2xx | $(pass "$board_rps >= 0.25 * $static_rps") |
| board page p95 | <= 3x static p95 | p50 $board_p50 ms, p95 $board_p95 ms (${p95_ratio}x), p99 $board_p99 ms | $(pass "$board_p95 <= 3 * $static_p95") |
| API \`/api/v1/public/boards/$board_code\` | (reported) | $api_rps req/s, p50 $api_p50 ms, p95 $api_p95 ms, p99 $api_p99 ms, non-2xx $api_non2xx; $api_sql_per_call SQL statements per uncached call | |
| SQL statements per uncached board page (pg_stat_statements, ${#sample[@]} tenants) | <= 5 | $sql_per_page (with BEGIN/COMMIT: $sql_per_page_all) | $(pass "$sql_per_page <= 5") |
| anonymous board page sets a cookie | none | $session_cookie Set-Cookie | $(pass "$session_cookie == 0") |
| storm: accepted claims (database) | exactly 27 | $accepted_db (places taken/total: $places_db; 201 ACCEPTED answers: $(value accepted_responses "$home/storm.txt")) | $(pass "$accepted_db == 27") |
| storm: answers | 0 server errors | 201: $storm_201, 200: $storm_200, 409: $storm_409, others: ${storm_other:-none}, 5xx/io: $storm_5xx | $(pass "$server_error_count == 0") |
| storm: claims/s ($organisations claims in $storm_seconds s) | >= 50% of pgbench | $storm_rps claims/s (${claims_ratio}%) | $(pass "$storm_rps >= 0.5 * $pgbench_tps") |
| pgbench floor: same claim transaction, 50 clients, 1,000 tx | reference | $pgbench_tps tx/s, $floor_accepted accepted, ${pgbench_failed:-0} failed | |
| storm: SQL statements per claim request (pg_stat_statements) | (reported; pgbench: 4-5 with BEGIN/COMMIT) | $storm_sql | |
EOF
)
{
    echo "## SQL statements of ${#sample[@]} uncached board pages (calls, statement)"
    echo '```'
    cat "$home/sql-per-page.tsv"
    echo '```'
    echo
    echo "## Raw output"
    echo "## SQL statements during the storm (calls, statement)"
    echo '```'
    cat "$home/sql-storm.tsv"
    echo '```'
    echo
    for f in wrk-static wrk-board wrk-api storm pgbench; do
        echo "### $f"; echo '```'; cat "$home/$f.txt"; echo '```'
    done
} | write_result claim-board
