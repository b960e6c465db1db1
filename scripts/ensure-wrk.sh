#!/bin/sh
# `npm run bench -- gateways` loads the gateways with wrk (Debian's `wrk`): install it when missing.
command -v wrk >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing wrk for the gateway benchmark"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
else
  echo "wrk is missing: run 'sudo apt-get install wrk'" >&2
  exit 1
fi
