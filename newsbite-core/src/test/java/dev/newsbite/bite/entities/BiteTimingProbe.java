package dev.newsbite.bite.entities;

import dev.newsbite.bite.quotes.QuoteFinder;
import java.util.List;

/** Hand-run probe: java -cp ... BiteTimingProbe. Not a test. */
public final class BiteTimingProbe {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<BiteEvaluationTest.Fixture> fixtures = BiteEvaluationTest.fixtures();
        EntityFinder ef = EntityFinder.create();
        QuoteFinder qf = QuoteFinder.create();
        for (int round = 0; round < 10; round++) {
            long e = 0, q = 0;
            int n = 0;
            for (int r = 0; r < 300; r++) {
                for (BiteEvaluationTest.Fixture f : fixtures) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    List<Entity> found = ef.find(f.paragraphs(), "en");
                    long t1 = CPU.getCurrentThreadCpuTime();
                    qf.find(f.paragraphs(), found, "en");
                    long t2 = CPU.getCurrentThreadCpuTime();
                    e += t1 - t0; q += t2 - t1; n++;
                }
            }
            System.out.printf("round %d: entities %.1f us, quotes %.1f us%n", round, e / 1000.0 / n, q / 1000.0 / n);
        }
    }
}
