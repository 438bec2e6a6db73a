#!/usr/bin/env bash
# The README's test command: installs what the browser tests need when it is missing (Debian's
# chromium and chromium-driver, CJK fonts so the screenshots show Chinese, and nginx, the load
# balancer of the two-server test), then runs the whole suite.
# Usage (from anywhere): bash docker/test.sh [extra Maven arguments, e.g. -pl web -Dit.test=JourneysIT]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
if command -v dpkg-query >/dev/null; then
    for package in chromium chromium-driver fonts-noto-cjk nginx; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
    done
fi
if (( ${#missing[@]} > 0 )); then
    echo "安装 / Installing ${missing[*]} (apt-get) ..."
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

exec mvn -B -ntp verify "$@"
