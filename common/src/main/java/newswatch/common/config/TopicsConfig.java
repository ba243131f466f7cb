package newswatch.common.config;

import newswatch.common.topic.Topics;

/** Topic naming and creation settings ({@code topics.*}). */
public record TopicsConfig(String prefix, int partitions, short replicationFactor, boolean create) {
    static TopicsConfig from(Settings s) {
        String prefix = s.string("topics.prefix");
        if (!prefix.matches("[a-zA-Z0-9._-]*")) {
            throw new ConfigException("topics.prefix", "only letters, digits, '.', '_' and '-' are allowed in topic names, got '" + prefix + "'");
        }
        return new TopicsConfig(prefix, s.intBetween("topics.partitions", 1, 10_000),
                (short) s.intBetween("topics.replication-factor", 1, 32), s.bool("topics.create"));
    }

    public Topics names() {
        return new Topics(prefix);
    }
}
