#!/bin/sh
# Run once by the MySQL image on its first start (/docker-entrypoint-initdb.d): the database, the
# schema owner (runs `migrate` and the grants script, may grant on the database) and the
# application user, without any privilege yet: config/grants-mysql.sql gives them once the tables
# exist. Passwords come from the compose file's environment (config/mysql.env).
set -eu
quote() { printf "%s" "$1" | sed "s/'/''/g"; }
MYSQL_PWD="$MYSQL_ROOT_PASSWORD" mysql -uroot <<SQL
CREATE DATABASE IF NOT EXISTS perfeval CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$(quote "$PERFEVAL_DB_MIGRATION_USER")'@'%' IDENTIFIED BY '$(quote "$PERFEVAL_DB_MIGRATION_PASSWORD")';
GRANT ALL PRIVILEGES ON perfeval.* TO '$(quote "$PERFEVAL_DB_MIGRATION_USER")'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '$(quote "$PERFEVAL_DB_USER")'@'%' IDENTIFIED BY '$(quote "$PERFEVAL_DB_PASSWORD")';
SQL
