#!/bin/sh
# The borderwatch command of the installed package (/usr/bin/borderwatch links here), as
# bin/borderwatch is for a built checkout. The window starts through the Borderwatch launcher, on
# the client compiler (the launcher's options). The commands run on the package's own Java runtime
# with the options bin/borderwatch gives them: the short ones — status, search, render, slides,
# import, info, server-init — on the client compiler alone with the serial collector (unless
# JAVA_OPTS names a collector: the JVM refuses two), the long ones — export, copy, the benches —
# with the optimising compiler and G1; all with the bounded young generation and the class-data
# archive of every launcher. JAVA_OPTS adds JVM options to them; glibc's malloc keeps one arena
# unless MALLOC_ARENA_MAX is set outside.
set -eu
app=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-1}
export MALLOC_ARENA_MAX
short_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
case " ${JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) short_opts="-XX:TieredStopAtLevel=1" ;;
esac
case "${1:-}" in
    info|status|search|render|slides|import|server-init) ;;
    export|copy|bench|bench-team) short_opts="" ;;
    *) exec "$app/bin/Borderwatch" "$@" ;;
esac
# shellcheck disable=SC2086 # the options are words
exec "$app/lib/runtime/bin/java" -XX:MaxNewSize=64m $short_opts ${JAVA_OPTS:-} \
    -XX:SharedArchiveFile="$app/lib/app/borderwatch.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$app/lib/app/borderwatch.jar" org.borderwatch.Borderwatch "$@"
