package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rules-only throughput on one thread for a 4 KB article; printed, never asserted (machines differ). */
class ClassifierSpeedTest {
    private static final String PARAGRAPH = "A North Korean soldier crossed the military demarcation line on Tuesday and "
            + "asked to stay in the South, officials said. Activists said China forcibly repatriated dozens of escapees "
            + "last month, and that returnees face torture in detention facilities run by the Ministry of State Security. "
            + "Meanwhile markets in Seoul rose, the central bank held rates, and the football league resumed after a break. ";

    @Test
    void classifiesA4KbArticleWellUnderAMillisecond() {
        Classifier classifier = new Classifier(RuleSet.load(Path.of("../conf/rules.yaml")), false);
        StringBuilder body = new StringBuilder();
        while (body.length() < 4096) {
            body.append(PARAGRAPH);
        }
        String text = body.substring(0, 4096);
        int flagged = 0;
        for (int i = 0; i < 2_000; i++) {
            flagged += classifier.classify("Soldier defects across the border", text, "en").flagged().size();
        }
        // thread CPU time, not wall time: on a shared machine other processes steal the core
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int n = 10_000;
        long start = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            flagged += classifier.classify("Soldier defects across the border", text, "en").flagged().size();
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf(Locale.ROOT, "[speed] rules only, 4 KB article: %.0f articles/s/core (%.3f ms CPU each; wall %.3f ms)%n",
                n / seconds, 1000 * seconds / n, 1000 * wall / n);
        assertThat(flagged).isPositive();
    }

    @Test
    void reportsSemanticStageThroughputOnTwoThreads() throws Exception {
        Semantic semantic = new Semantic(RuleSet.load(Path.of("../conf/rules.yaml")).categoryRules(), 1000);
        List<EvalSet.Item> items = EvalSet.resource("dev.jsonl").items();
        semantic.embed(null, "warm up");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (EvalSet.Item item : items) {
                done.add(pool.submit(() -> semantic.similarity("defection", semantic.embed(item.title(), item.text()))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "[speed] semantic stage, %d dev items (~400 chars), 2 threads: %.0f items/s (wall)%n",
                    items.size(), items.size() / seconds);
        } finally {
            pool.shutdown();
        }
    }
}
