#!/bin/sh
# The borderwatch command of the installed package (/usr/bin/borderwatch links here), as
# bin/borderwatch is for a built checkout. The window and the long commands (export, copy, the
# benches) start through the Borderwatch launcher. The short ones — status, search, render, slides,
# import, info, server-init — run on the package's own Java runtime with the options bin/borderwatch
# gives them: the client compiler alone and the serial collector (unless JAVA_OPTS names a
# collector: the JVM refuses two), the bounded young generation and the class-data archive of
# every launcher. JAVA_OPTS adds JVM options to them; glibc's malloc keeps one arena unless
# MALLOC_ARENA_MAX is set outside.
set -eu
app=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-1}
export MALLOC_ARENA_MAX
short_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
case " ${JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) short_opts="-XX:TieredStopAtLevel=1" ;;
esac
case "${1:-}" in
    info|status|search|render|slides|import|server-init)
        # shellcheck disable=SC2086 # the options are words
        exec "$app/lib/runtime/bin/java" -XX:MaxNewSize=64m $short_opts ${JAVA_OPTS:-} \
            -XX:SharedArchiveFile="$app/lib/app/borderwatch.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
            -cp "$app/lib/app/borderwatch.jar" org.borderwatch.Borderwatch "$@"
        ;;
esac
exec "$app/bin/Borderwatch" "$@"
