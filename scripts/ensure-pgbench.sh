#!/bin/sh
# `npm run bench -- hot-drop` compares with pgbench on the same Postgres server: install
# Debian's postgresql-contrib (which ships pgbench) when it is missing.
command -v pgbench >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing postgresql-contrib for pgbench"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
else
  echo "pgbench is missing: run 'sudo apt-get install postgresql-contrib'" >&2
  exit 1
fi
