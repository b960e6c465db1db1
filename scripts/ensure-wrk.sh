#!/bin/sh
# `npm run bench -- gateways` loads the gateways with wrk (Debian's `wrk`): install it when missing.
command -v wrk >/dev/null 2>&1 && exit 0
sh "$(dirname "$0")/apt-install.sh" wrk "for the gateway benchmark"
