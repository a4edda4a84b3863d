package dev.kct;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on a bounded number of threads: the one way kct's parallel steps that are not chunked merges
 * ({@code network.ParallelChunks}) use more than one core, so that {@code --threads N} bounds every one of them
 * (Java's parallel streams would run on the JVM-wide common pool, sized by the machine, not by the option). Each
 * task writes only its own slot of its output, so the result does not depend on the number of threads. The calling
 * thread is one of the workers; the first exception or error a task throws is rethrown after every worker stopped.
 */
public final class Workers {

    private Workers() {}

    /** The number of workers for {@code threads}: itself when positive, else all available cores. */
    public static int count(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code task} for 0 ≤ i &lt; n on at most {@code threads} threads (0 or less: all cores). */
    public static void forEach(int n, int threads, IntConsumer task) {
        int workers = Math.min(count(threads), n);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) task.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread[] extra = new Thread[workers - 1];
        for (int w = 0; w < extra.length; w++) {
            extra[w] = new Thread(work, "kct-worker-" + (w + 1));
            extra[w].setDaemon(true);
            extra[w].start();
        }
        work.run();
        joinAll(extra);
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /** Waits for every thread to end; an interrupt is kept for the caller, not lost, and does not stop the wait. */
    public static void joinAll(Thread[] threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
