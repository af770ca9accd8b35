#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the database CHAINLEADS_DB_URL names, creating the database
# (utf8mb4) when it does not exist. Refuses a database that already has tables unless --force is given, and a
# backup whose SHA-256 file does not match. Stop the portal before restoring over its database.
#
#   scripts/restore.sh <file.sql.gz> [--force]
#
# Connection: CHAINLEADS_DB_URL, CHAINLEADS_DB_USERNAME, CHAINLEADS_DB_PASSWORD (as for the portal).
set -euo pipefail
source "$(dirname "$0")/db-connection.sh"

[[ $# -ge 1 ]] || die "usage: $0 <backup.sql.gz> [--force]"
backup=$1
force=${2:-}
[[ -f $backup ]] || die "no backup file $backup"
[[ -z $force || $force == --force ]] || die "unknown option $force"

if [[ -f $backup.sha256 ]]; then
    (cd "$(dirname "$backup")" && sha256sum --quiet --check "$(basename "$backup").sha256") \
        || die "$backup does not match its SHA-256 file: refusing a damaged backup"
fi
gzip -t "$backup" || die "$backup is not a readable gzip file"

client=$(tool mysql mariadb)
sql() { "$client" --defaults-extra-file="$DB_DEFAULTS" --batch --skip-column-names "$@"; }

sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
if [[ $tables -gt 0 && $force != --force ]]; then
    die "database $DB_NAME already has $tables tables; restore over it only with --force"
fi

gzip -dc "$backup" | sql "$DB_NAME"
restored=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
echo "restored $backup into $DB_NAME ($restored tables)"
