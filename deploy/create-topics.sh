#!/usr/bin/env bash
# Creates Newswatch's topics on a running cluster; safe to run again (existing topics are left as they are).
# Runs in the apache/kafka image (the `topics` service of docker-compose.yml) or anywhere kafka-topics.sh is.
#
# Environment (defaults in brackets):
#   BOOTSTRAP_SERVERS    [kafka:9092]
#   TOPIC_PREFIX         [newswatch.]       must match topics.prefix of the services
#   CATEGORIES           [defection human-rights]  one newswatch.alerts.<category> topic each
#   PARTITIONS           [6]                bounds the instances of each service that do work
#   REPLICATION_FACTOR   [1]                3 on a production cluster
#   MIN_INSYNC_REPLICAS  [1]                2 on a production cluster (with acks=all: one broker may be down)
#   ARTICLES_RETENTION_MS [604800000]       7 days: replay window for the processor
#   ALERTS_RETENTION_MS  [2592000000]       30 days: analysts' subscribers may catch up within it
#   DLQ_RETENTION_MS     [2592000000]       30 days
#   COMPACTED_SEGMENT_MS [86400000]         1 day  } the active segment is never compacted: small segments keep
#   COMPACTED_SEGMENT_BYTES [104857600]     100 MB } feed-state (rewritten on every poll) close to its live size
#   KAFKA_BIN            [/opt/kafka/bin]
set -euo pipefail

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
prefix="${TOPIC_PREFIX:-newswatch.}"
categories="${CATEGORIES:-defection human-rights}"
partitions="${PARTITIONS:-6}"
rf="${REPLICATION_FACTOR:-1}"
min_isr="${MIN_INSYNC_REPLICAS:-1}"
articles_ms="${ARTICLES_RETENTION_MS:-604800000}"
alerts_ms="${ALERTS_RETENTION_MS:-2592000000}"
dlq_ms="${DLQ_RETENTION_MS:-2592000000}"
segment_ms="${COMPACTED_SEGMENT_MS:-86400000}"
segment_bytes="${COMPACTED_SEGMENT_BYTES:-104857600}"
topics_sh="${KAFKA_BIN:-/opt/kafka/bin}/kafka-topics.sh"

# The broker's healthcheck passed before this runs, but a fresh cluster may still be electing: retry briefly.
for attempt in $(seq 1 30); do
  if "$topics_sh" --bootstrap-server "$bootstrap" --list >/dev/null 2>&1; then
    break
  fi
  if [ "$attempt" = 30 ]; then
    echo "create-topics: cannot reach Kafka at $bootstrap" >&2
    exit 1
  fi
  sleep 2
done

# create NAME [--config k=v ...]
create() {
  local name="$1"
  shift
  "$topics_sh" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor "$rf" --config "min.insync.replicas=$min_isr" "$@"
}

# Tables (key = feed URL). feeds and feed-state must keep the same partition count: ingest reads
# the state of the feeds it owns from the same partition numbers.
compacted=(--config cleanup.policy=compact --config "segment.ms=$segment_ms" --config "segment.bytes=$segment_bytes")
create "${prefix}feeds" "${compacted[@]}"
create "${prefix}feed-state" "${compacted[@]}"
# Streams of events.
create "${prefix}articles" --config cleanup.policy=delete --config "retention.ms=$articles_ms"
create "${prefix}alerts" --config cleanup.policy=delete --config "retention.ms=$alerts_ms"
for category in $categories; do
  create "${prefix}alerts.${category}" --config cleanup.policy=delete --config "retention.ms=$alerts_ms"
done
create "${prefix}dlq" --config cleanup.policy=delete --config "retention.ms=$dlq_ms"
# Analysts' relevant / not relevant marks: kept as long as alerts are, they measure each rule's precision.
create "${prefix}feedback" --config cleanup.policy=delete --config "retention.ms=$alerts_ms"
# Per-rule precision computed from that feedback: a table, compacted like the feed catalog.
create "${prefix}rule-stats" "${compacted[@]}"
# Alerted stories per category and time window (`newswatch trends`): a table keyed category/windowStart.
create "${prefix}trends" "${compacted[@]}"
# The classification rules in force (`newswatch rules publish`): one key, compaction keeps the latest.
create "${prefix}rules" "${compacted[@]}"

# Topics that already existed keep their partition count: say so when it differs from what was asked.
"$topics_sh" --bootstrap-server "$bootstrap" --describe --topic "${prefix}.*" 2>/dev/null \
  | awk -v want="$partitions" '/PartitionCount/ { for (i = 1; i <= NF; i++) { if ($i == "Topic:") t = $(i+1); if ($i == "PartitionCount:") p = $(i+1) }
      print "create-topics: " t " has " p " partitions" (p != want ? " (asked for " want "; existing topics are not changed)" : "") }'
echo "create-topics: done"
