#!/usr/bin/env bash
# The test command (README): ./scripts/test.sh [extra pytest args]
#
# 1. installs the project into .venv (created when missing) with the dev extra;
# 2. compiles translations that changed;
# 3. pass 1: the whole suite on SQLite (browser tests included: they skip without
#    /usr/bin/chromium unless MOTEBOK_REQUIRE_SERVICES=1);
# 4. pass 2: the `postgres` and `needs_postgres` tests with DATABASE_URL pointing at
#    PostgreSQL: MOTEBOK_TEST_POSTGRES_URL if set, else a throwaway cluster that this
#    script starts (scripts/pg-throwaway.sh) and stops on exit.
# Exits non-zero when any pass fails; pytest's "no tests ran" (exit 5) is a failure too.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"
REQUIRE_SERVICES="${MOTEBOK_REQUIRE_SERVICES:-0}"
# pytest-xdist workers; "0" runs in one process.
WORKERS="${MOTEBOK_TEST_WORKERS:-2}"

say() { printf '== %s\n' "$*"; }

install_project() {
    # Reinstall only when pyproject.toml changed since the last install (saves ~10 s a run).
    if [[ ! -x "$VENV/bin/python" ]]; then
        say "creating $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.motebok-dev-installed" want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
        say "installing motebok[dev] into $VENV"
        local log
        log=$(mktemp)
        # pip's output (including index warnings) is shown only when the install fails.
        if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
                -e '.[dev]' >"$log" 2>&1; then
            cat "$log"
            rm -f "$log"
            say "FAILED: pip install -e '.[dev]'"
            exit 1
        fi
        rm -f "$log"
        echo "$want" >"$stamp"
    fi
}

compile_translations() {
    # msgfmt each catalogue whose .mo is missing or older than its .po (what Django's
    # compilemessages does, without needing Django to start).
    local po mo
    while IFS= read -r po; do
        mo="${po%.po}.mo"
        if [[ -f "$mo" && ! "$po" -nt "$mo" ]]; then
            continue
        fi
        if ! command -v msgfmt >/dev/null; then
            say "warning: gettext (msgfmt) not installed; using the committed .mo files"
            return
        fi
        msgfmt --check-format -o "$mo" "$po"
    done < <(find src/motebok -path '*/locale/*/LC_MESSAGES/*.po' | sort)
}

run_pytest() {
    # pytest with the project's venv; exit code 5 ("no tests ran") is reported as failure.
    local rc=0
    "$VENV/bin/python" -m pytest "$@" || rc=$?
    if [[ $rc == 5 ]]; then
        say "FAILED: pytest collected no tests for: $*"
    fi
    return $rc
}

xdist_args() {
    if [[ "$WORKERS" != 0 ]]; then echo "-n $WORKERS"; fi
}

PG_DIR=""
DATA_DIR=""
cleanup() {
    if [[ -n "$PG_DIR" ]]; then
        scripts/pg-throwaway.sh stop "$PG_DIR" || true
    fi
    if [[ -n "$DATA_DIR" ]]; then
        rm -rf "$DATA_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT  # run the EXIT trap (stop PostgreSQL) when stopped early too

start_postgres() {
    # Sets MOTEBOK_TEST_POSTGRES_URL; returns 1 when PostgreSQL is not installed, 2 when
    # it is but the throwaway cluster does not start.
    if [[ -n "${MOTEBOK_TEST_POSTGRES_URL:-}" ]]; then
        say "PostgreSQL: using MOTEBOK_TEST_POSTGRES_URL"
        return 0
    fi
    if ! scripts/pg-throwaway.sh available; then
        return 1
    fi
    local url
    url=$(scripts/pg-throwaway.sh start) || { say "FAILED: could not start PostgreSQL"; return 2; }
    PG_DIR=$(sed -E 's/.*[?&]host=([^&]+).*/\1/' <<<"$url")
    export MOTEBOK_TEST_POSTGRES_URL="$url"
    say "PostgreSQL: throwaway cluster in $PG_DIR"
}

main() {
    install_project
    compile_translations
    export DJANGO_SETTINGS_MODULE=motebok.settings
    # Tests never read or write the user's real data directory.
    DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/motebok-test-data.XXXXXX")
    export MOTEBOK_DATA_DIR="$DATA_DIR"
    unset DATABASE_URL

    local pg_status=0
    start_postgres || pg_status=$?
    if [[ $pg_status == 2 ]]; then
        return 1
    fi

    say "pass 1: whole suite on SQLite"
    local rc1=0 rc2=0
    # shellcheck disable=SC2046
    run_pytest $(xdist_args) "$@" || rc1=$?

    if [[ $pg_status == 0 ]]; then
        say "pass 2: postgres and needs_postgres tests on PostgreSQL"
        # shellcheck disable=SC2046
        DATABASE_URL="$MOTEBOK_TEST_POSTGRES_URL" \
            run_pytest $(xdist_args) -m "postgres or needs_postgres" "$@" || rc2=$?
        if [[ $rc2 == 5 && $# -gt 0 ]]; then
            say "(the selection $* holds no PostgreSQL tests)"
            rc2=0
        fi
    else
        say "pass 2 skipped: PostgreSQL not installed (no /usr/lib/postgresql/*/bin/initdb and no MOTEBOK_TEST_POSTGRES_URL)"
        if [[ "$REQUIRE_SERVICES" == 1 ]]; then
            say "FAILED: MOTEBOK_REQUIRE_SERVICES=1 needs PostgreSQL"
            rc2=1
        fi
    fi

    if [[ $rc1 != 0 || $rc2 != 0 ]]; then
        say "FAILED (SQLite pass exit $rc1, PostgreSQL pass exit $rc2)"
        return 1
    fi
    say "all passes succeeded"
}

main "$@"
