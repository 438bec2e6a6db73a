#!/usr/bin/env bash
# The tenants benchmark, in one run on this machine's loopback (see README, "Benchmarks"): two
# portals side by side, each with the zero-setup launcher (embedded PostgreSQL, no demo data) on its
# own ports: "one" holds one tenant, "many" BENCH_TENANTS tenants, every tenant of the same size
# (tenants.sql, straight in the database). The same tenant's board page is measured on both, in
# turns so both meet the same load of the shared machine: as the crowd sees it (the kept page) and
# rendered from the database every time (a visitor with a session is never served a kept page).
# Then the first render of boards nobody asked for yet (distinct tenants on "many", the one tenant
# on "one"), the board statement's time by pg_stat_statements, and EXPLAIN ANALYZE of the board
# page's, an item's and the city-wide board's statements on both; prints the table and writes it
# under bench/results/. Goal: the board page's p95 with BENCH_TENANTS tenants within 1.1x one tenant's.
#
# Settings (environment): BENCH_TENANTS (1000), BENCH_ITEMS (200 per board), BENCH_CLAIMANTS (20
# per tenant), BENCH_ROUNDS (2 turns), BENCH_DURATION (10s per wrk run), BENCH_FIRST (100 first
# renders), BENCH_RENDERED_CONNECTIONS (4, for the rendered page), BENCH_HTTP_PORT / BENCH_DB_PORT (8216 / 5516, "one"), BENCH_MANY_HTTP_PORT /
# BENCH_MANY_DB_PORT (8226 / 5526, "many"), BENCH_HOME (/tmp/gongjian-bench-tenants), BENCH_RESULTS;
# BENCH_REUSE=true measures again on the portals' data a previous run left in BENCH_HOME (after a
# new build: the portals migrate their databases as they start).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tenants=${BENCH_TENANTS:-1000}
items=${BENCH_ITEMS:-200}
claimants=${BENCH_CLAIMANTS:-20}
rounds=${BENCH_ROUNDS:-2}
duration=${BENCH_DURATION:-10s}
first_renders=${BENCH_FIRST:-100}
# rendering is the machine's whole work: more connections than cores measure the queue
rendered_connections=${BENCH_RENDERED_CONNECTIONS:-4}
declare -A http_ports=([one]=${BENCH_HTTP_PORT:-8216} [many]=${BENCH_MANY_HTTP_PORT:-8226})
declare -A db_ports=([one]=${BENCH_DB_PORT:-5516} [many]=${BENCH_MANY_DB_PORT:-5526})
declare -A pids=()
bench_home=${BENCH_HOME:-/tmp/gongjian-bench-tenants}
reuse=${BENCH_REUSE:-false}
year=$(date -u +%Y)
# the measured tenant: the middle one of "many", and the only one of "one"
measured=$(((tenants + 1) / 2))
code=$(printf 'tn%04d' "$measured")
app_role=gongjian_app
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools ---------------------------------------------------------------------------------------
source "$root/bench/portal.sh"
need wrk wrk
need psql postgresql-client
need curl curl
install_missing

# use NAME: the portal the functions of portal.sh work on from now on (one | many)
use() {
    http_port=${http_ports[$1]}
    db_port=${db_ports[$1]}
    home="$bench_home/$1"
    base="http://127.0.0.1:$http_port/"
    credentials="$home/portal/db-credentials.properties"
    portal_pid=${pids[$1]:-}
}
stop_both() {
    for name in one many; do
        use "$name"
        stop_portal
    done
}

# --- the two portals -----------------------------------------------------------------------------
build_portal
[[ $reuse == true ]] || rm -rf "$bench_home"
mkdir -p "$bench_home/classes"
javac -encoding UTF-8 -d "$bench_home/classes" "$here"/src/*.java "$root/bench/claim-board/src/Session.java"
host_login=bench-host
if [[ ! -f "$bench_home/host-password" ]]; then
    echo "Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" > "$bench_home/host-password"
fi
host_password=$(cat "$bench_home/host-password")
trap stop_both EXIT
for name in one many; do
    use "$name"
    mkdir -p "$home"
    start_portal_with_statements
    pids[$name]=$portal_pid
done

# --- data ----------------------------------------------------------------------------------------
seed() { # name first count
    use "$1"
    local started=$SECONDS
    psql_super -v ON_ERROR_STOP=1 -v first="$2" -v count="$3" -v items="$items" -v claimants="$claimants" -v year="$year" \
        -f "$here/tenants.sql"
    psql_super -c "vacuum analyze" >/dev/null
    say "$1: $3 tenants written in $((SECONDS - started)) s"
}
if [[ $reuse != true ]]; then
    say "writing 1 tenant on \"one\" and $tenants on \"many\", each with $items items and $claimants organisations (SQL)"
    seed one "$measured" 1
    seed many 1 "$tenants"
fi
rows() { psql_super -c "select (select count(*) from tenant) || ' tenants, ' || (select count(*) from claimable_item) || ' items, '
    || (select count(*) from claim) || ' claims, ' || (select count(*) from claimant) || ' organisations'"; }
use one; rows_one=$(rows)
use many; rows_many=$(rows)

# A visitor holding a session is rendered the page every time: the path a kept page hides.
session_cookie() {
    curl -fsS -D - -o /dev/null "${base}login.xhtml" | sed -n 's/^[Ss]et-[Cc]ookie: \(JSESSIONID=[^;]*\).*/\1/p' | head -1
}
declare -A cookies=()
for name in one many; do
    use "$name"
    cookies[$name]=$(session_cookie)
    if [[ -z ${cookies[$name]} ]]; then echo "no session cookie from ${base}login.xhtml" >&2; exit 1; fi
    curl -fsS -o "$home/board.html" "${base}board/$code"
    if ! grep -q '标的1：' "$home/board.html"; then echo "the board of $code on \"$name\" shows no item; see $home/board.html" >&2; exit 1; fi
    psql_super -c "select pg_stat_statements_reset()" >/dev/null
done
board_bytes=$(wc -c < "$bench_home/one/board.html")

# --- in turns, in the same run -------------------------------------------------------------------
load_before=$(cut -d" " -f1-3 /proc/loadavg)
say "wrk: $rounds turns of the board page /board/$code, kept and rendered, on \"one\" then \"many\" ($duration each after a 5 s warm-up)"
declare -A sum_p95=()
turn_rows=""
for turn in $(seq "$rounds"); do
    for kind in kept rendered; do
        line="| $turn | $kind |"
        declare -A p95=()
        for name in one many; do
            use "$name"
            header=""; connections=50
            [[ $kind == kept ]] || { header="Cookie: ${cookies[$name]}"; connections=$rendered_connections; }
            read -r rps p50 p95_ p99 non2xx err <<<"$(wrk_run "$kind-$turn" "board/$code" "$header")"
            p95[$name]=$p95_
            sum_p95[$kind-$name]=$(awk -v a="${sum_p95[$kind-$name]:-0}" -v b="$p95_" 'BEGIN { print a + b }')
            line+=" $p50 / $p95_ / $p99 ms, $rps req/s, $non2xx / $err |"
        done
        ratio=$(awk -v m="${p95[many]}" -v o="${p95[one]}" 'BEGIN { printf "%.2f", m / o }')
        turn_rows+="$line ${ratio}x |"$'\n'
        say "turn $turn, $kind: p95 one ${p95[one]} ms, many ${p95[many]} ms, ${ratio}x"
    done
done

# --- first renders of boards nobody asked for yet ------------------------------------------------
say "first renders: $first_renders boards, distinct tenants on \"many\", the one tenant (with a session) on \"one\", in turns"
: > "$bench_home/first-one.txt"; : > "$bench_home/first-many.txt"
for k in $(seq "$first_renders"); do
    other=$(printf 'tn%04d' $((1 + (k * 7919) % tenants)))
    [[ $other != "$code" ]] || other=$(printf 'tn%04d' $((1 + (k * 7919 + 1) % tenants)))
    use one
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Cookie: ${cookies[one]}" "${base}board/$code" >> "$bench_home/first-one.txt"
    use many
    curl -fsS -o /dev/null -w '%{time_total}\n' "${base}board/$other" >> "$bench_home/first-many.txt"
done
percentile() { # file fraction -> ms
    sort -n "$1" | awk -v f="$2" '{ v[NR] = $1 } END { i = int(NR * f + 0.999999); if (i < 1) i = 1; printf "%.1f", 1000 * v[i] }'
}
first_one_p50=$(percentile "$bench_home/first-one.txt" 0.5); first_one_p95=$(percentile "$bench_home/first-one.txt" 0.95)
first_many_p50=$(percentile "$bench_home/first-many.txt" 0.5); first_many_p95=$(percentile "$bench_home/first-many.txt" 0.95)

# --- the database's side -------------------------------------------------------------------------
statement_time() { # the board statement's mean and calls in this run, from pg_stat_statements
    psql_super -c "select round(sum(total_exec_time)::numeric / sum(calls), 3) || ' ms mean over ' || sum(calls) || ' calls'
        from pg_stat_statements s join pg_roles r on r.oid = s.userid
        where r.rolname = '$app_role' and query like '%cross join lateral%'"
}
explain() { # the statements' plans as the application role; execution times, one per statement
    local item
    item=$(psql_super -c "select min(c.item_id) from claim c join tenant t on t.id = c.tenant_id where t.code = '$code'")
    PGPASSWORD=$(property app.password) psql -X -q -h 127.0.0.1 -p "$db_port" -U "$app_role" -d gongjian \
        -v ON_ERROR_STOP=1 -v code="$code" -v item="$item" -f "$here/explain.sql" > "$home/explain.txt"
    awk '/^### / { sub("### ", ""); what = $0 } /Execution Time/ { printf "%s%s %s ms", sep, what, $(NF - 1); sep = "; " }' "$home/explain.txt"
}
declare -A statement=() plans=()
for name in one many; do
    use "$name"
    statement[$name]=$(statement_time)
    plans[$name]=$(explain)
done

# --- the host's dashboard of the year across every tenant -----------------------------------------
dashboard() { # name -> the answers' milliseconds, and the SQL statements of one answer
    use "$1"
    psql_super -c "select pg_stat_statements_reset()" >/dev/null
    java -cp "$bench_home/classes" Dashboard "$base" "$host_login" "$host_password" "$year" 3 > "$home/dashboard.txt"
    local statements
    statements=$(psql_super -c "select round(sum(calls) / 3.0) from pg_stat_statements s join pg_roles r on r.oid = s.userid
        where r.rolname = '$app_role' and upper(query) !~ '^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)'")
    echo "$(sed -n 's/^dashboard_ms=//p' "$home/dashboard.txt") ms ($(sed -n 's/^dashboard_tenants=//p' "$home/dashboard.txt") tenants; ~$statements SQL statements each, sign-in included)"
}
say "the host's dashboard of $year, 3 times on each"
declare -A dashboards=()
for name in one many; do
    dashboards[$name]=$(dashboard "$name")
done

# --- the table -----------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%d)
ratio_of() { awk -v m="${sum_p95[$1-many]}" -v o="${sum_p95[$1-one]}" 'BEGIN { if (o > 0) printf "%.2f", m / o; else print "n/a" }'; }
kept_ratio=$(ratio_of kept)
rendered_ratio=$(ratio_of rendered)
first_ratio=$(awk -v m="$first_many_p95" -v o="$first_one_p95" 'BEGIN { printf "%.2f", m / o }')
table=$(cat <<TABLE
# Tenants benchmark, $stamp

Machine: $(machine); load average before the timing: $load_before (shared machine).
Data, each tenant the same size (SQL, tenants.sql): a board of $year in 6 sectors, $items items (every tenth closed,
every twentieth a draft), $claimants organisations, an accepted claim on every fourth published item.
"one": $rows_one; "many": $rows_many. Measured tenant: \`$code\` on both; board page $board_bytes bytes.
wrk: 2 threads, $duration after a 5 s warm-up, on 127.0.0.1; $rounds turns, "one" then "many" in each, so both meet the
same load. "kept": anonymous, the page cache answers (50 connections); "rendered": a visitor with a session, the page is
read from the database and rendered every time ($rendered_connections connections).

| turn | board page | one: p50 / p95 / p99, req/s, non-2xx / errors | many: p50 / p95 / p99, req/s, non-2xx / errors | many p95 / one p95 |
| --- | --- | --- | --- | --- |
$turn_rows
| what | goal | measured | |
| --- | --- | --- | --- |
| kept board page p95, $tenants tenants against 1, over the $rounds turns | <= 1.1x | ${kept_ratio}x (Σ p95 ${sum_p95[kept-many]} ms against ${sum_p95[kept-one]} ms) | $(pass "${sum_p95[kept-one]} > 0 && $kept_ratio <= 1.1") |
| rendered board page p95, $tenants tenants against 1, over the $rounds turns | <= 1.1x | ${rendered_ratio}x (Σ p95 ${sum_p95[rendered-many]} ms against ${sum_p95[rendered-one]} ms) | $(pass "${sum_p95[rendered-one]} > 0 && $rendered_ratio <= 1.1") |
| first render, one at a time ($first_renders each; distinct tenants on "many") | (reported) | one: p50 $first_one_p50 ms, p95 $first_one_p95 ms; many: p50 $first_many_p50 ms, p95 $first_many_p95 ms (${first_ratio}x) | |
| board statement in the database (pg_stat_statements, this run) | (reported) | one: ${statement[one]}; many: ${statement[many]} | |
| host dashboard of the year (JSON), 3 answers one after the other | (reported) | one: ${dashboards[one]}; many: ${dashboards[many]} | |
| EXPLAIN ANALYZE as the application role, "one" | (reported) | ${plans[one]} | |
| EXPLAIN ANALYZE as the application role, "many" | (reported) | ${plans[many]} | |
TABLE
)
{
    for name in one many; do
        echo "## Plans on \"$name\""; echo '```'; cat "$bench_home/$name/explain.txt"; echo '```'
    done
    echo "## Raw output"
    for turn in $(seq "$rounds"); do
        for kind in kept rendered; do
            for name in one many; do
                echo "### wrk, $kind, turn $turn, $name"; echo '```'; cat "$bench_home/$name/wrk-$kind-$turn.txt"; echo '```'
            done
        done
    done
} | write_result tenants
