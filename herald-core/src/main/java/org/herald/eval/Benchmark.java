package org.herald.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Times a piece of work over a list of items on N threads: items/s, tokens/s, peak heap. Every
 * figure Herald reports is measured beside a baseline in the same run, never alone.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * One measured run.
     *
     * @param units what {@code work} counted (tokens, characters)
     * @param peakHeapMb the highest heap use seen during the run, in MB (sum of the heap pools' peaks)
     */
    public record Run(String name, int threads, int items, long units, double seconds, double peakHeapMb) {
        public double itemsPerSecond() {
            return items / seconds;
        }

        public double unitsPerSecond() {
            return units / seconds;
        }
    }

    /**
     * Runs {@code work} once per item, first on {@code warmup} items untimed, then on all items
     * timed, with {@code threads} workers pulling the next item from a shared counter.
     *
     * @param work does the work for one item and returns how many units (tokens) it handled
     */
    public static <T> Run run(String name, List<T> items, int threads, int warmup, ToIntFunction<T> work) {
        for (int i = 0; i < Math.min(warmup, items.size()); i++) {
            work.applyAsInt(items.get(i));
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicInteger next = new AtomicInteger();
        AtomicLong units = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < items.size()) {
                        units.addAndGet(work.applyAsInt(items.get(i)));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("benchmark " + name + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        return new Run(name, threads, items.size(), units.get(), seconds, peak);
    }
}
