package newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.prod.yml: an overlay turning the single broker into a three-node KRaft cluster with RF 3 / min ISR 2. */
class ProdComposeFileTest {
    private static final Map<String, String> NODE_IDS = Map.of("kafka", "1", "kafka-2", "2", "kafka-3", "3");
    private static JsonNode base;
    private static JsonNode prod;

    @BeforeAll
    static void read() throws Exception {
        base = RepoFiles.yaml("docker-compose.yml").get("services");
        prod = RepoFiles.yaml("docker-compose.prod.yml").get("services");
    }

    @Test
    void threeCombinedNodesInOneQuorum() {
        for (String broker : NODE_IDS.keySet()) {
            String nodeId = broker.equals("kafka") ? base.at("/kafka/environment/KAFKA_NODE_ID").asText()
                    : prod.at("/" + broker + "/environment/KAFKA_NODE_ID").asText();
            assertThat(nodeId).as(broker).isEqualTo(NODE_IDS.get(broker));
            assertThat(env(broker, "KAFKA_CONTROLLER_QUORUM_VOTERS")).as(broker).isEqualTo("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(env(broker, "KAFKA_PROCESS_ROLES")).as(broker).isEqualTo("broker,controller");
            assertThat(env(broker, "CLUSTER_ID")).as(broker).isEqualTo(base.at("/kafka/environment/CLUSTER_ID").asText());
            assertThat(env(broker, "KAFKA_AUTO_CREATE_TOPICS_ENABLE")).as(broker).isEqualTo("false");
        }
        assertThat(prod.at("/kafka-2/healthcheck/test").isEmpty()).isFalse();
        assertThat(prod.at("/kafka-3/healthcheck/test").isEmpty()).isFalse();
    }

    @Test
    void everyReplicationSettingIsThreeWithMinIsrTwo() {
        for (String broker : NODE_IDS.keySet()) {
            for (String key : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                    "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "KAFKA_DEFAULT_REPLICATION_FACTOR")) {
                assertThat(env(broker, key)).as(broker + " " + key).isEqualTo("3");
            }
            for (String key : List.of("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR",
                    "KAFKA_MIN_INSYNC_REPLICAS")) {
                assertThat(env(broker, key)).as(broker + " " + key).isEqualTo("2");
            }
        }
    }

    @Test
    void servicesUseAllBrokersAndWaitForThem() {
        for (String name : List.of("topics", "ingest", "processor", "sink")) {
            assertThat(prod.at("/" + name + "/depends_on/kafka-2/condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(prod.at("/" + name + "/depends_on/kafka-3/condition").asText()).as(name).isEqualTo("service_healthy");
        }
        for (String name : ComposeFileTest.APP_SERVICES) {
            assertThat(prod.at("/" + name + "/environment/NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS").asText())
                    .isEqualTo("kafka:9092,kafka-2:9092,kafka-3:9092");
            assertThat(prod.at("/" + name + "/environment/NEWSWATCH_TOPICS_REPLICATION_FACTOR").asText()).isEqualTo("3");
        }
    }

    @Test
    void brokerVolumesAreDeclared() throws Exception {
        assertThat(ComposeFileTest.fieldNames(RepoFiles.yaml("docker-compose.prod.yml").get("volumes")))
                .containsExactlyInAnyOrder("kafka-2-data", "kafka-3-data");
    }

    /** The broker's setting after the overlay: the overlay's value, else the base file's. */
    private static String env(String broker, String key) {
        JsonNode overlay = prod.at("/" + broker + "/environment/" + key);
        return overlay.isMissingNode() ? base.at("/" + broker + "/environment/" + key).asText() : overlay.asText();
    }
}
