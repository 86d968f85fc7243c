package cn.perfeval.checks.bench;

import java.util.Arrays;
import java.util.function.IntSupplier;

/** Times a run repeatedly after a warm-up: the mean and the 99th percentile, in milliseconds. */
final class Timing {

    /**
     * @param mean mean time per run, ms
     * @param p99 99th percentile, ms
     * @param runs measured runs
     * @param perRun what a run returned (a count of findings), averaged over every run, so the work is not dropped
     */
    record Result(double mean, double p99, int runs, long perRun) {
    }

    private Timing() {
    }

    static Result measure(int warmUpRuns, int measuredRuns, IntSupplier run) {
        long sink = 0;
        for (int i = 0; i < warmUpRuns; i++) {
            sink += run.getAsInt();
        }
        long[] nanos = new long[measuredRuns];
        for (int i = 0; i < measuredRuns; i++) {
            long start = System.nanoTime();
            sink += run.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double p99 = nanos[(int) Math.ceil(measuredRuns * 0.99) - 1] / 1e6;
        return new Result(mean, p99, measuredRuns, sink / (warmUpRuns + measuredRuns));
    }
}
