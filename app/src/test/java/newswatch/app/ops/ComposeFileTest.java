package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComposeFileTest {
    static final List<String> APP_SERVICES = List.of("ingest", "processor", "sink");
    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void read() throws Exception {
        compose = RepoFiles.yaml("docker-compose.yml");
        services = compose.get("services");
    }

    @Test
    void declaresEveryService() {
        assertThat(fieldNames(services)).containsExactlyInAnyOrder(
                "kafka", "topics", "postgres", "ingest", "processor", "sink", "prometheus");
    }

    @Test
    void kafkaIsOneKraftNodeWithoutAutoCreation() {
        JsonNode kafka = services.get("kafka");
        JsonNode env = kafka.get("environment");

        assertThat(RepoFiles.interpolate(kafka.get("image").asText())).startsWith("apache/kafka:4.");
        assertThat(env.get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isEqualTo("1@kafka:9093");
        for (String key : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertThat(env.get(key).asText()).as(key).isEqualTo("1");
        }
        assertThat(env.get("KAFKA_LOG_DIRS").asText()).isEqualTo("/var/lib/kafka/data");
        assertThat(texts(kafka.get("volumes"))).contains("kafka-data:/var/lib/kafka/data");
    }

    @Test
    void infrastructureHasHealthchecks() {
        for (String name : List.of("kafka", "postgres", "prometheus")) {
            JsonNode test = services.get(name).path("healthcheck").path("test");
            assertThat(texts(test)).as(name).isNotEmpty();
        }
        assertThat(texts(services.get("kafka").get("healthcheck").get("test")).toString()).contains("kafka-broker-api-versions.sh");
        assertThat(texts(services.get("postgres").get("healthcheck").get("test")).toString()).contains("pg_isready");
    }

    @Test
    void appServicesWaitForKafkaAndTopicsAndRestart() {
        for (String name : APP_SERVICES) {
            JsonNode service = services.get(name);
            assertThat(service.at("/depends_on/kafka/condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(service.at("/depends_on/topics/condition").asText()).as(name).isEqualTo("service_completed_successfully");
            assertThat(service.get("restart").asText()).as(name).isEqualTo("unless-stopped");
            assertThat(service.get("build").asText()).as(name).isEqualTo(".");
        }
        assertThat(services.at("/sink/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/topics/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void eachAppServiceRunsItsCommandAgainstKafkaWithOpsCreatedTopics() {
        assertThat(services.at("/ingest/command/0").asText()).isEqualTo("ingest");
        assertThat(services.at("/processor/command/0").asText()).isEqualTo("process");
        assertThat(services.at("/sink/command/0").asText()).isEqualTo("sink");
        for (String name : APP_SERVICES) {
            JsonNode env = services.get(name).get("environment");
            assertThat(env.get("NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS").asText()).as(name).isEqualTo("kafka:9092");
            assertThat(env.get("NEWSWATCH_TOPICS_CREATE").asText()).as(name).isEqualTo("false");
            assertThat(env.get("NEWSWATCH_DATA_DIR").asText()).as(name).isEqualTo("/var/lib/newswatch");
            assertThat(env.get("NEWSWATCH_OPS_PORT").asText()).as(name).isEqualTo("9404");
            assertThat(texts(services.get(name).get("volumes"))).as(name).anyMatch(v -> v.endsWith(":/var/lib/newswatch"));
        }
    }

    @Test
    void sinkExposesItsPageAndUsesPostgres() {
        JsonNode sink = services.get("sink");

        assertThat(texts(sink.get("ports")).stream().map(RepoFiles::interpolate)).contains("8080:8080");
        assertThat(sink.at("/environment/NEWSWATCH_SINK_SQL_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/newswatch");
        assertThat(services.at("/postgres/image").asText()).isEqualTo("postgres:16");
    }

    @Test
    void everyNamedVolumeIsDeclaredAndUsed() {
        Set<String> declared = new HashSet<>(fieldNames(compose.get("volumes")));
        Set<String> used = new HashSet<>();
        for (String name : fieldNames(services)) {
            for (String volume : texts(services.get(name).path("volumes"))) {
                String source = volume.substring(0, volume.indexOf(':'));
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    used.add(source);
                }
            }
        }

        assertThat(used).isEqualTo(declared);
        assertThat(declared).contains("kafka-data", "postgres-data", "ingest-data", "processor-data", "sink-data");
    }

    @Test
    void prometheusIsInTheMonitoringProfileAndScrapesEveryAppService() throws Exception {
        JsonNode prometheus = services.get("prometheus");
        assertThat(texts(prometheus.get("profiles"))).containsExactly("monitoring");
        assertThat(texts(prometheus.get("volumes"))).contains("./deploy/prometheus.yml:/etc/prometheus/prometheus.yml:ro");

        JsonNode discovery = RepoFiles.yaml("deploy/prometheus.yml").at("/scrape_configs/0/dns_sd_configs/0");
        assertThat(texts(discovery.get("names"))).containsExactlyInAnyOrderElementsOf(APP_SERVICES);
        assertThat(discovery.get("port").asText()).isEqualTo("9404");
        assertThat(RepoFiles.yaml("deploy/prometheus.yml").at("/scrape_configs/0/metrics_path").asText()).isEqualTo("/metrics");
    }

    @Test
    void topicsServiceRunsTheScriptOnTheKafkaImage() {
        JsonNode topics = services.get("topics");

        assertThat(topics.get("image").asText()).isEqualTo(services.get("kafka").get("image").asText());
        assertThat(texts(topics.get("entrypoint"))).containsExactly("/bin/bash", "/deploy/create-topics.sh");
        assertThat(texts(topics.get("volumes"))).contains("./deploy:/deploy:ro");
        assertThat(topics.at("/environment/BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        assertThat(topics.get("restart").asText()).isEqualTo("no");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
