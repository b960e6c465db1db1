#!/bin/sh
# The embedded Kafka-protocol broker (used by `npm run dev` and `npm test` when KAFKA_BROKERS
# is unset) is librdkafka's mock cluster from Debian's librdkafka1: install it when missing.
[ -n "${KAFKA_BROKERS:-}" ] && exit 0
/sbin/ldconfig -p 2>/dev/null | grep -q 'librdkafka\.so\.1' && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing librdkafka1 for the embedded Kafka broker"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librdkafka1 >/dev/null
else
  echo "librdkafka1 is missing: run 'sudo apt-get install librdkafka1', or set KAFKA_BROKERS to a Kafka cluster" >&2
  exit 1
fi
