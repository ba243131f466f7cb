package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import newswatch.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesPublishCommandTest {
    @TempDir
    Path dir;

    @Test
    void anInvalidFileIsRefusedWithTheParsersErrorBeforeAnyBrokerIsContacted() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), RulesCommandTest.RULES.replace("threshold: 1", "treshold: 1"));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("rules", "publish", "--bootstrap-servers", "127.0.0.1:" + closedPort, rules.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("invalid rules in " + rules).contains("category 'defection': unknown key 'treshold'")
                .contains("nothing published").doesNotContain("Kafka");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingEntitiesFileIsRefusedToo() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "entities: people.yaml\n" + RulesCommandTest.RULES);
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("rules", "publish", "--bootstrap-servers", "127.0.0.1:1", rules.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read entities file").contains("people.yaml").contains("nothing published");
    }
}
