package org.herald.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Where a run's wall time goes, from Spark's own events: per phase (the job description
 * {@link SparkRun} sets before each step), the wall time of its jobs, their tasks, and the time
 * those tasks ran. The listener bus is asynchronous: read {@link #phases} after the session stops,
 * which delivers every event first.
 */
final class Phases extends SparkListener {

    /**
     * One phase of a run.
     *
     * @param jobs Spark jobs it ran
     * @param wallMillis from the start of its first job to the end of its last (a query's jobs may overlap)
     * @param tasks tasks they ran
     * @param taskMillis the time those tasks took, summed over the cores
     */
    record Phase(int jobs, long wallMillis, int tasks, long taskMillis) {
    }

    private record Span(long start, long end, int jobs, int tasks, long taskMillis) {
        Span plus(Span o) {
            return new Span(Math.min(start, o.start), Math.max(end, o.end), jobs + o.jobs, tasks + o.tasks,
                    taskMillis + o.taskMillis);
        }
    }

    private final Map<Integer, String> jobs = new ConcurrentHashMap<>();
    private final Map<Integer, String> stages = new ConcurrentHashMap<>();
    private final Map<String, Span> phases = new LinkedHashMap<>();

    /** The phases in the order their first job started. */
    synchronized Map<String, Phase> phases() {
        Map<String, Phase> out = new LinkedHashMap<>();
        phases.forEach((k, s) -> out.put(k, new Phase(s.jobs, Math.max(0, s.end - s.start), s.tasks, s.taskMillis)));
        return out;
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart e) {
        String phase = name(e.properties());
        jobs.put(e.jobId(), phase);
        phases.merge(phase, new Span(e.time(), e.time(), 0, 0, 0), Span::plus);
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd e) {
        String phase = jobs.get(e.jobId());
        if (phase != null) {
            phases.merge(phase, new Span(Long.MAX_VALUE, e.time(), 1, 0, 0), Span::plus);
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        stages.put(e.stageInfo().stageId(), name(e.properties()));
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        String phase = stages.getOrDefault(e.stageId(), "(other)");
        phases.merge(phase, new Span(Long.MAX_VALUE, Long.MIN_VALUE, 0, 1, e.taskInfo().duration()), Span::plus);
    }

    private static String name(java.util.Properties p) {
        String d = p == null ? null : p.getProperty("spark.job.description");
        return d == null ? "(other)" : d;
    }
}
