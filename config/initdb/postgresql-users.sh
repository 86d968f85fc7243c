#!/bin/sh
# Run once by the PostgreSQL image on its first start (/docker-entrypoint-initdb.d): the schema
# owner (owns the database, runs `migrate` and the grants script) and the application role, without
# any privilege on the tables yet: config/grants-postgresql.sql gives them once the tables exist.
# Passwords come from the compose file's environment (config/postgresql.env).
set -eu
quote() { printf "%s" "$1" | sed "s/'/''/g"; }
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE "$PERFEVAL_DB_MIGRATION_USER" LOGIN PASSWORD '$(quote "$PERFEVAL_DB_MIGRATION_PASSWORD")';
CREATE ROLE "$PERFEVAL_DB_USER" LOGIN PASSWORD '$(quote "$PERFEVAL_DB_PASSWORD")';
CREATE DATABASE perfeval OWNER "$PERFEVAL_DB_MIGRATION_USER" ENCODING 'UTF8' TEMPLATE template0;
SQL
