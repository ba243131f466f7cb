package newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import newswatch.processor.classify.Classifier;
import newswatch.processor.classify.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    static final String RULES = """
            version: 1
            categories:
              # comment kept
              defection:
                threshold: 1
                rules:
                  - {id: noun, terms: ["defector*"], weight: 1}
              human-rights:
                threshold: 1
                exemplars:
                  - "first"
                rules:
                  - {id: camps, terms: ["prison camp*"], weight: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void diffListsWhatAChangeAddsAndRemovesWithLabelledPrecisionAndRecall() {
        RuleSet before = RuleSet.parse(RULES, "before");
        RuleSet after = RuleSet.parse(RULES.replace("[\"defector*\"]", "[\"defector*\", \"escapee*\"]")
                .replace("[\"prison camp*\"]", "[\"gulag*\"]"), "after");
        RulesCommand.RuleDiff diff = new RulesCommand.RuleDiff(new Classifier(before, false), new Classifier(after, false));
        diff.add("a", "Escapees arrive", "Escapees arrived.", "en", Set.of("defection"));
        diff.add("b", "Camp", "A prison camp grew.", "en", Set.of("human-rights"));
        diff.add("c", "Defector", "A defector spoke.", "en", Set.of("defection"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        diff.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), before.version(), after.version());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("+ defection  a  Escapees arrive  (right)")
                .contains("- human-rights  b  Camp  (wrong)")
                .contains("defection      flagged 1 -> 2  (+1, -0)  precision 1.000 -> 1.000  recall 0.500 -> 1.000")
                .doesNotContain("  c  ");
    }

    @Test
    void addsExemplarsKeepingCommentsAndCreatingTheListWhenMissing() throws Exception {
        String once = Exemplars.insert(RULES, "human-rights", "Second \"quoted\" example");
        assertThat(once).contains("# comment kept").contains("      - \"first\"\n      - \"Second \\\"quoted\\\" example\"");
        String created = Exemplars.insert(once, "defection", "A soldier crossed the border");
        assertThat(created).contains("  defection:\n    exemplars:\n      - \"A soldier crossed the border\"\n    threshold: 1");
        assertThat(RuleSet.parse(created, "edited").categories()).containsExactly("defection", "human-rights");
        assertThatThrownBy(() -> Exemplars.insert(RULES, "sanctions", "x")).hasMessageContaining("no category 'sanctions'");
    }

    @Test
    void readsExemplarsFromTextOrJson() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "Line one\n\nline   two " + "word ".repeat(200));
        assertThat(Exemplars.fromFile(text, 50)).startsWith("Line one line two word").hasSizeLessThanOrEqualTo(50);
        Path json = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body\"}\n{\"id\":\"2\"}\n");
        assertThat(Exemplars.fromFile(json, 400)).isEqualTo("T. Body");
    }

    @Test
    void readsAnExemplarFromAnArticlePageLikeIngestDoes() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><title>Diplomat defects</title></head><body><nav>Home | World | Defector testimony</nav>"
                + "<article><h1>Diplomat defects</h1><p>A North Korean diplomat posted in Europe has defected to South Korea with his"
                + " family, officials in Seoul said on Monday, the latest in a series of envoys to leave their posts.</p></article>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext("/story", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            var ingest = newswatch.common.config.NewswatchConfig.from(newswatch.common.config.ConfigLoader.load(null, java.util.Map.of(),
                    java.util.Map.of("ingest.allow-private-hosts", "127.0.0.1:" + port))).ingest();

            String example = Exemplars.fromUrl("http://127.0.0.1:" + port + "/story", ingest, 400);

            assertThat(example).startsWith("Diplomat defects.").contains("has defected to South Korea").doesNotContain("Home | World");
            var defaults = newswatch.common.config.NewswatchConfig.from(newswatch.common.config.ConfigLoader.defaultsOnly()).ingest();
            assertThatThrownBy(() -> Exemplars.fromUrl("http://127.0.0.1:" + port + "/story", defaults, 400))
                    .hasMessageContaining("BLOCKED");
        } finally {
            server.stop(0);
        }
    }
}
