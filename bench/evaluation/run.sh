#!/usr/bin/env bash
# The evaluation benchmark, in one run on this machine's loopback (see README, "Benchmarks"):
# starts the portal with the zero-setup launcher (embedded PostgreSQL, no demo data) on its own
# ports; the host makes one tenant and its admin opens the year's round through the portal's pages;
# the year's accepted projects, evaluators and every channel's score sheets are written straight in
# the database; the admin opens the evaluation through the API. Then, side by side in the same run,
# the portal grading the whole year (the admin's list of the year's graded projects, through the
# JSON API) and one hand-written SQL aggregate over the same rows (pgbench, as the application role
# under row-level security); both answers are compared project by project. Prints the table and
# writes it under bench/results/.
#
# Settings (environment): BENCH_PROJECTS (1000), BENCH_EVALUATORS (20 organisational sheets per
# project), BENCH_VOTES (20 public sheets per project), BENCH_UNITS (50), BENCH_RUNS (20 timed runs
# each), BENCH_HTTP_PORT (8215), BENCH_DB_PORT (5515), BENCH_HOME (/tmp/gongjian-bench-evaluation),
# BENCH_RESULTS (bench/results).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
projects=${BENCH_PROJECTS:-1000}
evaluators=${BENCH_EVALUATORS:-20}
votes=${BENCH_VOTES:-20}
units=${BENCH_UNITS:-50}
runs=${BENCH_RUNS:-20}
http_port=${BENCH_HTTP_PORT:-8215}
db_port=${BENCH_DB_PORT:-5515}
home=${BENCH_HOME:-/tmp/gongjian-bench-evaluation}
base="http://127.0.0.1:$http_port/"
code=evbench
year=$(date -u +%Y)
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# --- tools ---------------------------------------------------------------------------------------
source "$root/bench/portal.sh"
need pgbench postgresql-client
need psql postgresql-client
need curl curl
install_missing

# --- the portal ----------------------------------------------------------------------------------
build_portal
rm -rf "$home"
mkdir -p "$home/classes"
javac -encoding UTF-8 -d "$home/classes" "$here"/src/*.java "$root/bench/claim-board/src/Session.java"
# the portal's grading statement as the deployed WAR holds it, in a transaction as the portal runs it
unzip -p "$root/web/target/gongjian.war" 'WEB-INF/lib/gongjian-ejb-*.jar' > "$home/ejb.jar"
{
    echo "begin;"
    echo "select set_config('app.tenant_id', :tenant::text, true);"
    java -cp "$home/classes" GradingText "$home/ejb.jar"
    echo "commit;"
} > "$home/portal-statement.sql"
host_login=bench-host
host_password="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

start_portal_with_statements
app_role=gongjian_app
psql_app() { PGPASSWORD=$(property app.password) psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U "$app_role" -d gongjian "$@"; }

# --- data ----------------------------------------------------------------------------------------
generate_start=$SECONDS
say "the host makes tenant $code, its admin opens the $year round (pages)"
java -cp "$home/classes" Grade tenant "$base" "$host_login" "$host_password" "$code" "$year"
tenant=$(psql_super -c "select id from tenant where code = '$code'")
say "writing $projects accepted projects of $units units and $evaluators evaluators (SQL)"
psql_super -v ON_ERROR_STOP=1 -v tenant="$tenant" -v year="$year" -v units="$units" -v projects="$projects" -v evaluators="$evaluators" \
    -f "$here/projects.sql"
say "the admin opens the $year evaluation (API)"
java -cp "$home/classes" Grade open "$base" "$code" "$year"
evaluation=$(psql_super -c "select id from evaluation where tenant_id = $tenant and year = $year")
say "writing every project's score sheets: 1 self, $evaluators organisational, $votes public (SQL)"
psql_super -v ON_ERROR_STOP=1 -v tenant="$tenant" -v evaluation="$evaluation" -v votes="$votes" -f "$here/sheets.sql"
psql_super -c "vacuum analyze" >/dev/null
generate_seconds=$((SECONDS - generate_start))
count() { psql_super -c "select count(*) from $1 where tenant_id = $tenant"; }
rows_projects=$(psql_super -c "select count(*) from project where tenant_id = $tenant and year = $year and status = 'ACCEPTED'")
rows_sheets=$(count score_sheet)
rows_points=$(count criterion_score)
rows_by_channel=$(psql_super -c "select string_agg(channel || ' ' || n, ', ' order by channel)
    from (select channel, count(*) n from score_sheet where tenant_id = $tenant group by channel) c")

# --- side by side --------------------------------------------------------------------------------
psql_super -c "select pg_stat_statements_reset()" >/dev/null
say "the portal: the year's graded projects, $runs times after 3 warm-up calls (API)"
java -cp "$home/classes" Grade time "$base" "$code" "$year" "$runs" "$home/portal-totals.tsv" | tee "$home/portal.txt"
pgbench_run() { # script, name, variables...
    local script=$1 name=$2; shift 2
    PGPASSWORD=$(property app.password) pgbench -n -h 127.0.0.1 -p "$db_port" -U "$app_role" -c 1 -t 3 "$@" -f "$script" gongjian >/dev/null
    PGPASSWORD=$(property app.password) pgbench -n -r -h 127.0.0.1 -p "$db_port" -U "$app_role" -c 1 -t "$runs" "$@" -f "$script" gongjian \
        > "$home/$name.txt" 2>&1 || { cat "$home/$name.txt"; exit 1; }
}
say "the portal's grading statement alone, read from the WAR, $runs times after 3 warm-up runs (pgbench, one client)"
pgbench_run "$home/portal-statement.sql" statement -D tenant="$tenant" -D evaluation="$evaluation"
say "by hand: the same grading in one SQL statement, $runs times after 3 warm-up runs (pgbench, one client)"
pgbench_run "$here/by-hand.sql" pgbench -D tenant="$tenant" -D year="$year"
psql_super -F $'\t' -c "select calls, round(mean_exec_time::numeric, 1), round(total_exec_time::numeric, 1), rows / greatest(calls, 1),
       left(regexp_replace(query, '\s+', ' ', 'g'), 200)
  from pg_stat_statements s join pg_roles r on r.oid = s.userid
 where r.rolname = '$app_role' order by total_exec_time desc limit 15" > "$home/statements.tsv"
psql_app -v tenant="$tenant" -v year="$year" -F $'\t' -f "$here/by-hand.sql" | awk -F"\t" "NF == 3" | LC_ALL=C sort > "$home/by-hand-totals.tsv"

value() { sed -n "s/^$1=//p" "$2" | head -1; }
portal_ms=$(value portal_median_ms "$home/portal.txt")
portal_min=$(value portal_min_ms "$home/portal.txt")
portal_max=$(value portal_max_ms "$home/portal.txt")
portal_projects=$(value portal_projects "$home/portal.txt")
hand_ms=$(awk '/^latency average/ { print $4 }' "$home/pgbench.txt")
hand_statement_ms=$(awk '/^ *[0-9.]+ +[0-9]+ +with scheme as/ { print $1 }' "$home/pgbench.txt")
statement_ms=$(awk '/^latency average/ { print $4 }' "$home/statement.txt")
portal_statement_ms=$(awk '/^ *[0-9.]+ +[0-9]+ +with ev as/ { print $1 }' "$home/statement.txt")
# in the database: the grading statement (the portal's calls and pgbench's) and the by-hand one
grading_db=$(awk -F'\t' '$5 ~ /^with ev as/ { print $2 " ms mean over " $1 " calls, " $4 " rows each"; exit }' "$home/statements.tsv")
hand_db=$(awk -F'\t' '$5 ~ /^with scheme as/ { print $2 " ms mean over " $1 " calls, " $4 " rows each"; exit }' "$home/statements.tsv")
graded_by_hand=$(wc -l < "$home/by-hand-totals.tsv")
differ=$(LC_ALL=C join -t $'\t' -a1 -a2 -e MISSING -o 0,1.2,1.3,2.2,2.3 "$home/portal-totals.tsv" "$home/by-hand-totals.tsv" \
    | awk -F'\t' '$2 != $4 || $3 != $5' | tee "$home/differ.tsv" | wc -l)

# --- the table -----------------------------------------------------------------------------------
stamp=$(date -u +%Y-%m-%d)
machine=$(machine)
ratio=$(awk -v p="$portal_ms" -v h="$hand_ms" 'BEGIN { printf "%.2f", p / h }')
statement_ratio=$(awk -v p="$statement_ms" -v h="$hand_ms" 'BEGIN { printf "%.2f", p / h }')
table=$(cat <<TABLE
# Evaluation benchmark, $stamp

Machine: $machine; load average before the timing: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine).
Data: one tenant's $year evaluation over $rows_projects accepted projects of $units units, on the "党建+" scheme (three
channels, five common criteria): $rows_sheets score sheets ($rows_by_channel) with $rows_points criterion scores;
the tenant made and its round opened through the portal's pages, the evaluation opened through its API, the rest
written straight in the database; $generate_seconds s in all.
Each side: 3 warm-up runs, then $runs runs one after another on 127.0.0.1.

| what | goal | measured | |
| --- | --- | --- | --- |
| portal: \`GET /api/v1/t/$code/evaluations/$year\`, the year with every project graded (signed-in admin; the boundary, JSON, HTTP) | <= 2x by hand | median $portal_ms ms (min $portal_min, max $portal_max), ${ratio}x | $(pass "$portal_ms <= 2 * $hand_ms") |
| by hand: one SQL aggregate, as the application role under row-level security (pgbench, 1 client; with BEGIN, set_config, COMMIT) | reference | $hand_ms ms average (the statement alone: $hand_statement_ms ms) | |
| the portal's grading statement alone (\`Grading.GRADES\` read from the WAR; pgbench, 1 client, same transaction) | <= 2x by hand | $statement_ms ms average (the statement alone: $portal_statement_ms ms), ${statement_ratio}x | $(pass "$statement_ms <= 2 * $hand_ms") |
| in the database: the grading statement, the portal's calls and pgbench's (pg_stat_statements) | (reported) | ${grading_db:-none} | |
| in the database: the by-hand statement (pg_stat_statements) | (reported) | ${hand_db:-none} | |
| the same answer: total and grade of every project | equal | $portal_projects projects from the portal, $graded_by_hand by hand, $differ differ | $(pass "$differ == 0 && $portal_projects == $rows_projects") |
TABLE
)
{
    echo "## The application role's statements during the timing (calls, mean ms, total ms, rows per call, statement)"
    echo '```'
    cat "$home/statements.tsv"
    echo '```'
    echo
    echo "## Raw output"
    for f in portal statement pgbench; do
        echo "### $f"; echo '```'; cat "$home/$f.txt"; echo '```'
    done
} | write_result evaluation
