#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS cluster for the team-store tests.
#
#   source .ci/postgres.sh && pg_throwaway_start   # exports BORDERWATCH_TEST_PG
#   pg_throwaway_stop                              # (also run by the caller's EXIT trap)
#
# Installs Debian's postgresql and postgresql-15-postgis-3 when missing and this runs as root
# (time-boxed, quiet). The cluster lives in a temporary folder, owned by an unprivileged user
# (initdb refuses root), listens on a free localhost port and trusts local connections only;
# the tests connect as the superuser "postgres" and make their own roles and databases.
# When PostgreSQL cannot be had, BORDERWATCH_TEST_PG stays unset and the server tests say why
# they did not run.

PG_THROWAWAY_DIR=""
PG_THROWAWAY_USER=""
PG_THROWAWAY_BINDIR=""

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then
      echo "$d"
    fi
  done | sort -V | tail -n 1
}

pg_has_postgis() {
  local bindir="$1" share
  share="$("$bindir/pg_config" --sharedir 2>/dev/null)" || return 1
  ls "$share"/extension/postgis--*.sql >/dev/null 2>&1
}

pg_install_packages() {
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  # update the lists, then install; five minutes at most, output only on failure
  local log
  log="$(mktemp)"
  if timeout 300 bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends postgresql postgresql-15-postgis-3' >"$log" 2>&1; then
    echo "ci: installed postgresql and postgresql-15-postgis-3"
    rm -f "$log"
    return 0
  fi
  echo "ci: could not install postgresql-15-postgis-3 (last lines below); team-store tests will be skipped"
  tail -n 5 "$log"
  rm -f "$log"
  return 1
}

pg_free_port() {
  local p
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

pg_throwaway_start() {
  local bindir
  bindir="$(pg_bindir)"
  if [ -z "$bindir" ] || ! pg_has_postgis "$bindir"; then
    pg_install_packages || true
    bindir="$(pg_bindir)"
  fi
  if [ -z "$bindir" ] || ! pg_has_postgis "$bindir"; then
    echo "ci: no PostgreSQL with PostGIS here; team-store tests will be skipped"
    return 0
  fi
  PG_THROWAWAY_DIR="$(mktemp -d /tmp/bw-pg.XXXXXX)"
  if [ "$(id -u)" = "0" ]; then
    PG_THROWAWAY_USER="nobody"
    chown "$PG_THROWAWAY_USER" "$PG_THROWAWAY_DIR"
  fi
  chmod 700 "$PG_THROWAWAY_DIR"
  local port
  port="$(pg_free_port)" || { echo "ci: no free port for PostgreSQL; team-store tests will be skipped"; return 0; }
  local run=()
  if [ -n "$PG_THROWAWAY_USER" ]; then
    run=(runuser -u "$PG_THROWAWAY_USER" --)
  fi
  # shellcheck disable=SC2016
  if ! (cd /tmp && "${run[@]}" "$bindir/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres -A trust -E UTF8 \
          --locale=C.UTF-8 >"$PG_THROWAWAY_DIR/initdb.log" 2>&1); then
    echo "ci: initdb failed; team-store tests will be skipped"; tail -n 5 "$PG_THROWAWAY_DIR/initdb.log"
    return 0
  fi
  # localhost only; settings for a test cluster that is thrown away (no fsync), enough connections
  # for the concurrency tests
  if ! (cd /tmp && "${run[@]}" "$bindir/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_THROWAWAY_DIR -c fsync=off \
              -c synchronous_commit=off -c full_page_writes=off -c max_connections=120 -c shared_buffers=128MB" \
          start >/dev/null 2>&1); then
    echo "ci: PostgreSQL did not start; team-store tests will be skipped"; tail -n 5 "$PG_THROWAWAY_DIR/server.log"
    return 0
  fi
  export BORDERWATCH_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "ci: throwaway PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') with PostGIS on 127.0.0.1:$port"
  PG_THROWAWAY_BINDIR="$bindir"
}

pg_throwaway_stop() {
  if [ -n "$PG_THROWAWAY_DIR" ] && [ -d "$PG_THROWAWAY_DIR/data" ]; then
    local run=()
    if [ -n "$PG_THROWAWAY_USER" ]; then
      run=(runuser -u "$PG_THROWAWAY_USER" --)
    fi
    (cd /tmp && "${run[@]}" "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate -w stop >/dev/null 2>&1) || true
  fi
  if [ -n "$PG_THROWAWAY_DIR" ]; then
    rm -rf "$PG_THROWAWAY_DIR"
  fi
  PG_THROWAWAY_DIR=""
}
