# Sourced by backup.sh and restore.sh: the database connection, from the same variables as the portal's
# "mysql" profile. Sets DB_HOST, DB_PORT, DB_NAME and DB_DEFAULTS (a private client option file holding the
# user and password, so that neither appears on a command line or in the process list).
#   CHAINLEADS_DB_URL       jdbc:mysql://host[:port]/database[?…]   (default jdbc:mysql://localhost:3306/chainleads)
#   CHAINLEADS_DB_USERNAME  (default chainleads)
#   CHAINLEADS_DB_PASSWORD  (default chainleads)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

db_url=${CHAINLEADS_DB_URL:-jdbc:mysql://localhost:3306/chainleads}
url_pattern='^jdbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_$-]+)([?].*)?$'
[[ $db_url =~ $url_pattern ]] || die "cannot read CHAINLEADS_DB_URL '$db_url' (expected jdbc:mysql://host:port/database)"
DB_HOST=${BASH_REMATCH[2]}
DB_PORT=${BASH_REMATCH[4]:-3306}
DB_NAME=${BASH_REMATCH[5]}

DB_DEFAULTS=$(mktemp)
chmod 600 "$DB_DEFAULTS"
trap 'rm -f "$DB_DEFAULTS"' EXIT
cat > "$DB_DEFAULTS" <<OPTIONS
[client]
host=$DB_HOST
port=$DB_PORT
user=${CHAINLEADS_DB_USERNAME:-chainleads}
password=${CHAINLEADS_DB_PASSWORD:-chainleads}
default-character-set=utf8mb4
OPTIONS

# mysqldump / mysql, or MariaDB's names for them
tool() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
    done
    die "none of $* is installed (Debian/Ubuntu: apt-get install mariadb-client)"
}
