#!/usr/bin/env bash
# Starts a local PostgreSQL for the storage tests and prints the line that points them at it:
#   eval "$(bash scripts/ci-postgres.sh)"
# Installs Debian's postgresql if missing, starts (or creates) a cluster on 127.0.0.1:5432, and creates the role
# and database faceaudit_test. Idempotent. Everything but the final export line goes to stderr.
set -euo pipefail
exec 3>&1 1>&2

ROLE=faceaudit_test
PASSWORD=faceaudit_test
DB=faceaudit_test
PORT=5432

if ! dpkg -s postgresql >/dev/null 2>&1; then
  echo "ci-postgres: installing postgresql"
  flock /tmp/apt.lock apt-get update -qq
  DEBIAN_FRONTEND=noninteractive flock /tmp/apt.lock apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

# The newest installed server version, and its cluster (created when the package's default one is missing).
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  echo "ci-postgres: creating cluster $version/main"
  pg_createcluster "$version" main --port "$PORT" >/dev/null
fi
status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
if [ "$status" != "online" ]; then
  echo "ci-postgres: starting cluster $version/main on port $port"
  # The server must not inherit fd 3 (the pipe "$(...)" reads until EOF) nor our stdout/stderr (a CI runner
  # waits for those to close): either would hold the caller open for as long as the server runs.
  log=$(mktemp)
  if ! pg_ctlcluster "$version" main start </dev/null >"$log" 2>&1 3>&-; then
    cat "$log"; rm -f "$log"; exit 1
  fi
  rm -f "$log"
fi

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 1 30); do
  psql_admin -c 'select 1' >/dev/null 2>&1 && break
  sleep 1
done
psql_admin -c 'select 1' >/dev/null

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$ROLE'")" != "1" ]; then
  psql_admin -c "create role $ROLE login password '$PASSWORD'"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
  psql_admin -c "create database $DB owner $ROLE"
fi

url="postgres://$ROLE:$PASSWORD@127.0.0.1:$port/$DB"
# Check the URL works over TCP with the password, as the tests will connect.
PGPASSWORD=$PASSWORD psql "$url" -qAt -c 'select 1' >/dev/null
echo "ci-postgres: ready at 127.0.0.1:$port, database $DB"
echo "export TEST_DATABASE_URL=$url" >&3
