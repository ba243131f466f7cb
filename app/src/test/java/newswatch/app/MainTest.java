package newswatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void helpListsEveryCommand() {
        StringWriter text = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(text));

        int exit = cli.execute("--help");

        assertThat(exit).isZero();
        assertThat(text.toString()).contains("demo", "run", "ingest", "process", "sink", "feeds", "parse-feed",
                "extract", "classify", "alerts", "trends", "rules", "dlq", "bench");
    }

    @Test
    void aBadConfigValueStopsTheStartWithTheKeyNamed() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("run", "--set", "ingest.poll-interval=often");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("ingest.poll-interval").contains("often");
    }

    @Test
    void anUnreachableBrokerIsNamedAtStartUp() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        int exit = cli.execute("process", "--bootstrap-servers", "127.0.0.1:" + closedPort,
                "--set", "kafka.request.timeout.ms=2000");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot reach Kafka at 127.0.0.1:" + closedPort).contains("kafka.bootstrap.servers");
    }
}
