#!/usr/bin/env bash
# Backs up the ChainLeads database: one consistent snapshot taken with mysqldump while the portal keeps running
# (InnoDB, --single-transaction), tables, data and Liquibase's change log, gzip-compressed, with a SHA-256 file
# beside it. Restore with scripts/restore.sh.
#
#   scripts/backup.sh [file.sql.gz]     default: backups/chainleads-<database>-<UTC time>.sql.gz
#
# Connection: CHAINLEADS_DB_URL, CHAINLEADS_DB_USERNAME, CHAINLEADS_DB_PASSWORD (as for the portal). The user
# needs SELECT, SHOW VIEW, TRIGGER and LOCK TABLES on the database.
set -euo pipefail
source "$(dirname "$0")/db-connection.sh"

umask 077 # a backup holds everything, password hashes included
out=${1:-backups/chainleads-$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
mkdir -p "$(dirname "$out")"
dump=$(tool mysqldump mariadb-dump)

options=(--single-transaction --quick --routines --triggers --hex-blob --no-tablespaces --add-drop-table
         --default-character-set=utf8mb4)
# MySQL's own mysqldump against a server with GTIDs
if "$dump" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then options+=(--set-gtid-purged=OFF); fi

partial="$out.partial"
"$dump" --defaults-extra-file="$DB_DEFAULTS" "${options[@]}" "$DB_NAME" | gzip -9 > "$partial"
# mysqldump's last line says the dump is complete; without it the backup is cut short
gzip -dc "$partial" | tail -n 1 | grep -q -- '-- Dump completed' || { rm -f "$partial"; die "the dump is incomplete"; }
mv "$partial" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")

echo "$out"
