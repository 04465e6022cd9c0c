package org.herald.fuzz.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs one document at a time on a worker thread and watches it: a document that takes longer
 * than the time limit is a hang, one that allocates more than the memory limit (or runs the heap
 * out) is a memory blow-up. A worker caught in a hang is interrupted and left behind, and a
 * fresh one takes the next document; {@link #stuck()} says how many are still running, so that a
 * campaign can stop before they eat the machine.
 */
public final class Watchdog implements AutoCloseable {

    /** What became of one document. */
    public sealed interface Verdict {
        /** The reader returned: a value or a problem, as it should. */
        record Passed(long nanos, long allocated) implements Verdict {
        }

        /** The reader threw: an exception or an error that is not about memory. */
        record Crashed(Throwable error) implements Verdict {
        }

        /** Still running when the time limit passed. */
        record Hung(Duration limit) implements Verdict {
        }

        /** Allocated more than the limit, or ran the heap out. */
        record Blew(long allocated, boolean outOfMemory) implements Verdict {
        }
    }

    /** A reader's work on one document. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Duration timeLimit;
    private final long memoryLimit;
    private final java.util.List<Thread> abandoned = new java.util.ArrayList<>();
    private Worker worker;

    /**
     * @param timeLimit the longest one document may take
     * @param memoryLimit the most bytes one document may allocate (a sum over its life, not what it keeps)
     */
    public Watchdog(Duration timeLimit, long memoryLimit) {
        this.timeLimit = timeLimit;
        this.memoryLimit = memoryLimit;
    }

    public Verdict run(Task task) throws InterruptedException {
        if (worker == null) {
            worker = new Worker();
        }
        Worker w = worker;
        w.offer(task);
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        long tid = w.thread.getId();
        long before = THREADS.getThreadAllocatedBytes(tid);
        while (true) {
            Object result = w.results.poll(5, TimeUnit.MILLISECONDS);
            long allocated = THREADS.getThreadAllocatedBytes(tid) - before;
            if (result != null) {
                if (result == Worker.DONE) {
                    return new Verdict.Passed(System.nanoTime() - start, allocated);
                }
                Throwable t = (Throwable) result;
                if (t instanceof OutOfMemoryError) {
                    abandon(w); // the worker's state after running the heap out is not to be trusted
                    return new Verdict.Blew(allocated, true);
                }
                return new Verdict.Crashed(t);
            }
            if (allocated > memoryLimit) {
                abandon(w);
                return new Verdict.Blew(allocated, false);
            }
            if (System.nanoTime() > deadline) {
                abandon(w);
                return new Verdict.Hung(timeLimit);
            }
        }
    }

    /** How many workers left behind are still running (not waiting, not ended). */
    public int stuck() {
        abandoned.removeIf(t -> !t.isAlive());
        return (int) abandoned.stream().filter(t -> t.getState() == Thread.State.RUNNABLE).count();
    }

    private void abandon(Worker w) {
        w.retired = true;
        w.thread.interrupt();
        abandoned.add(w.thread);
        worker = null;
        System.gc(); // what the document allocated is garbage now, unless its thread still holds it
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.thread.interrupt();
        }
        for (Thread t : abandoned) {
            t.interrupt();
        }
    }

    private static final class Worker {
        static final Object DONE = new Object();
        final SynchronousQueue<Task> tasks = new SynchronousQueue<>();
        final LinkedBlockingQueue<Object> results = new LinkedBlockingQueue<>();
        final Thread thread;
        volatile boolean retired;

        Worker() {
            thread = new Thread(this::loop, "herald-fuzz-worker");
            thread.setDaemon(true);
            thread.start();
        }

        void offer(Task t) throws InterruptedException {
            tasks.put(t);
        }

        private void loop() {
            try {
                while (!retired) {
                    Task t = tasks.take();
                    Object result;
                    try {
                        t.run();
                        result = DONE;
                    } catch (Throwable e) {
                        result = e;
                    }
                    results.add(result);
                }
            } catch (InterruptedException e) {
                // abandoned or closed
            }
        }
    }
}
