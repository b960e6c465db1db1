#!/bin/sh
# The embedded Kafka-protocol broker (used by `npm run dev` and `npm test` when KAFKA_BROKERS
# is unset) is librdkafka's mock cluster from Debian's librdkafka1: install it when missing.
[ -n "${KAFKA_BROKERS:-}" ] && exit 0
/sbin/ldconfig -p 2>/dev/null | grep -q 'librdkafka\.so\.1' && exit 0
sh "$(dirname "$0")/apt-install.sh" librdkafka1 "for the embedded Kafka broker, or set KAFKA_BROKERS to a Kafka cluster"
