#!/bin/sh
# Installs the Debian package $1, needed $2, when running as root with apt; otherwise says how.
package=$1
purpose=$2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing $package $purpose"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
else
  echo "$package is missing ($purpose): run 'sudo apt-get install $package'" >&2
  exit 1
fi
