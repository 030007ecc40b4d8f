#!/usr/bin/env bash
# Sourced by ./platsim and .ci/run: installs what a fresh Debian machine lacks for building, testing and
# running PlatSim, and exports JAVA_HOME pointing at a JDK 21 or newer. Safe to run again.

platsim_java_version() { # prints the feature version of the JDK in $1, or 0
    local release="$1/release"
    [ -f "$release" ] || { echo 0; return; }
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1
}

platsim_find_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        version=$(platsim_java_version "$candidate")
        if [ "${version:-0}" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

platsim_apt_install() { # installs the Debian packages given, as root
    if [ "$(id -u)" != 0 ]; then
        echo "PlatSim needs these Debian packages: $*; run: sudo apt-get install -y $*" >&2
        return 1
    fi
    echo "Installing Debian packages: $*" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

platsim_setup() {
    local need=()
    command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
    command -v xauth >/dev/null 2>&1 || need+=(xauth)
    dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
    command -v import >/dev/null 2>&1 || need+=(imagemagick)
    command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
    command -v curl >/dev/null 2>&1 || need+=(curl)
    command -v unzip >/dev/null 2>&1 || need+=(unzip)
    if [ ${#need[@]} -gt 0 ]; then
        platsim_apt_install "${need[@]}" || return 1
    fi
    local jdk
    if ! jdk=$(platsim_find_jdk); then
        local package
        for package in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
            if apt-cache policy "$package" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
                platsim_apt_install "$package" && break
            fi
        done
        jdk=$(platsim_find_jdk) || {
            echo "PlatSim needs a JDK 21 or newer (for example Temurin 25 under /usr/lib/jvm); set JAVA_HOME to it." >&2
            return 1
        }
    fi
    export JAVA_HOME="$jdk"
    export PATH="$JAVA_HOME/bin:$PATH"
}
