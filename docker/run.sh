#!/usr/bin/env bash
# Builds the portal if needed, then starts it with an embedded PostgreSQL on http://localhost:8080/.
# Usage (from anywhere): bash docker/run.sh [extra Payara Micro options]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

war=web/target/gongjian.war
launcher=docker/target/gongjian-launcher.jar

needs_build() {
    [[ ! -f $war || ! -f $launcher ]] && return 0
    [[ -n $(find pom.xml */pom.xml */src -type f -newer "$war" -print -quit 2>/dev/null) ]]
}

if needs_build; then
    echo "构建中 / Building (mvn -B -q -DskipTests install) ..."
    mvn -B -q -DskipTests install
fi

exec java -cp "$launcher:docker/target/lib/*" org.gongjian.launcher.Launcher "$@"
