#!/bin/sh
# `npm run bench -- hot-drop` compares with pgbench on the same Postgres server: install
# Debian's postgresql-contrib (which ships pgbench) when it is missing.
command -v pgbench >/dev/null 2>&1 && exit 0
sh "$(dirname "$0")/apt-install.sh" postgresql-contrib "for pgbench"
