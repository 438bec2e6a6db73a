# The benchmarks' shared part, sourced by each run.sh: the tools they need, and the portal started
# with the zero-setup launcher on the benchmark's own ports (no demo data, bound to 127.0.0.1) with
# pg_stat_statements preloaded; and wrk's figures for a page. The caller sets root, home, http_port,
# db_port, base, host_login, host_password, duration and say().

missing=()
# need COMMAND PACKAGE: the Debian package to install when the command is missing
need() { command -v "$1" >/dev/null || missing+=("$2"); }
install_missing() {
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        local sudo_=""; [[ $(id -u) -eq 0 ]] || sudo_=sudo
        $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Builds the WAR and the launcher when either is missing (package, never install: the local
# repository's snapshots may be someone else's).
build_portal() {
    if [[ ! -f "$root/web/target/gongjian.war" || ! -f "$root/docker/target/gongjian-launcher.jar" ]]; then
        say "building the portal (mvn package)"
        (cd "$root" && mvn -B -ntp -q package -DskipTests)
    fi
}

portal_pid=""
start_portal() {
    (cd "$root" && exec setsid env GONGJIAN_HOME="$home/portal" GONGJIAN_HTTP_PORT="$http_port" GONGJIAN_DB_PORT="$db_port" \
        GONGJIAN_DEMO_DATA=false GONGJIAN_HTTP_BIND=127.0.0.1 GONGJIAN_TRUSTED_PROXIES=127.0.0.1/32 \
        GONGJIAN_HOST_ADMIN_LOGIN="$host_login" GONGJIAN_HOST_ADMIN_PASSWORD="$host_password" \
        java -cp "docker/target/gongjian-launcher.jar:docker/target/lib/*" org.gongjian.launcher.Launcher \
        >>"$home/portal.log" 2>&1) &
    portal_pid=$!
    local started=$SECONDS
    until curl -fsS -o /dev/null "${base}health/ready" 2>/dev/null; do
        if ! kill -0 "$portal_pid" 2>/dev/null; then
            tail -40 "$home/portal.log"; echo "the portal stopped; see $home/portal.log" >&2; exit 1
        fi
        if ((SECONDS - started > 300)); then echo "the portal is not ready after 300 s; see $home/portal.log" >&2; exit 1; fi
        sleep 2
    done
    say "portal ready on $base in $((SECONDS - started)) s"
}
stop_portal() {
    if [[ -n $portal_pid ]] && kill -0 "$portal_pid" 2>/dev/null; then
        kill -TERM -- "-$portal_pid" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 1; done
    fi
    portal_pid=""
}

# Starts the portal (stopped again when the script exits), with pg_stat_statements: it must be
# preloaded, and the launcher takes no server settings, but the data directory keeps ALTER SYSTEM's,
# so it is set once and the portal started again. A caller running several portals sets its own
# EXIT trap first.
start_portal_with_statements() {
    [[ -n $(trap -p EXIT) ]] || trap stop_portal EXIT
    say "starting the portal (home $home)"
    start_portal
    credentials="$home/portal/db-credentials.properties"
    if [[ $(psql_super -c "show shared_preload_libraries") != *pg_stat_statements* ]]; then
        say "preloading pg_stat_statements (ALTER SYSTEM), restarting the portal"
        psql_super -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
        stop_portal
        start_portal
    fi
    psql_super -c "create extension if not exists pg_stat_statements" 2>/dev/null
}
property() { sed -n "s/^$1=//p" "$credentials"; }
psql_super() { PGPASSWORD=$(property superuser.password) psql -X -q -At -h 127.0.0.1 -p "$db_port" -U postgres -d gongjian "$@"; }

# wrk_run NAME PATH [HEADER] -> "req/s p50 p95 p99 non2xx errors" (ms): 2 threads, $connections (50)
# connections, a 5 s warm-up, then $duration measured; wrk's own output is kept in $home/wrk-NAME.txt.
wrk_run() {
    local header=(); [[ -z ${3:-} ]] || header=(-H "$3")
    wrk -t2 -c"${connections:-50}" -d5s "${header[@]}" "$base$2" >/dev/null 2>&1 || true
    wrk -t2 -c"${connections:-50}" -d"$duration" --latency -s "$root/bench/claim-board/percentiles.lua" "${header[@]}" "$base$2" > "$home/wrk-$1.txt" 2>&1
    local rps non2xx sockerr
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$home/wrk-$1.txt")
    non2xx=$(awk '/Non-2xx or 3xx responses/ { print $NF }' "$home/wrk-$1.txt")
    sockerr=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$home/wrk-$1.txt")
    echo "$rps $(awk '/^percentiles/ { print $2, $3, $4 }' "$home/wrk-$1.txt") ${non2xx:-0} ${sockerr:-0}"
}

# pass CONDITION (awk) -> pass or FAIL, the last column of the tables
pass() { if awk "BEGIN { exit !($1) }"; then echo pass; else echo FAIL; fi; }

# The machine as the tables name it: cores, memory, CPU model.
machine() {
    echo "$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
}

# write_result NAME: prints $table and writes it, followed by what comes on standard input (the raw
# figures), to $BENCH_RESULTS (bench/results)/NAME-<date>-<cores>cores.md.
write_result() {
    echo
    echo "$table"
    local results=${BENCH_RESULTS:-$root/bench/results}
    mkdir -p "$results"
    local result="$results/$1-$(date -u +%Y-%m-%d)-$(nproc)cores.md"
    { echo "$table"; echo; cat; } > "$result"
    say "written $result"
}
