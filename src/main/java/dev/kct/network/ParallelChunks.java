package dev.kct.network;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs numbered chunks of work on a fixed number of threads and hands their results to a merge step
 * <em>in chunk order</em>, so that a floating-point sum over chunks is the same bit for bit whatever the
 * thread count or the scheduling. Chunk boundaries are chosen by the caller from the size of the
 * problem only (never from the thread count).
 *
 * <p>Each worker thread owns one state object (its scratch buffers), made once by the supplied
 * factory and reused for every chunk it takes. Workers take chunks in ascending order from a shared
 * counter; a finished chunk's result waits until all earlier chunks are merged, so at most a few
 * results are held at once. The calling thread is worker 0; {@code threads − 1} more are started
 * and joined before {@link #run} returns.
 *
 * <p>Cost: the work itself, plus one thread start per extra worker and one lock per chunk.
 */
public final class ParallelChunks {

    private ParallelChunks() {}

    /** The work of one chunk, done with the worker's own state. */
    @FunctionalInterface
    public interface ChunkWork<S, R> {
        R apply(S state, int chunk);
    }

    /** The number of worker threads to use when the caller says 0 or less: all available cores. */
    public static int defaultThreads(int threads) {
        return dev.kct.Workers.count(threads);
    }

    /**
     * Runs chunks {@code 0 .. chunks−1} and passes each non-null result to {@code merge} in chunk order.
     * {@code merge} is never called concurrently.
     *
     * @param threads worker threads; 0 or less means all available cores; never more than chunks
     */
    public static <S, R> void run(
            int chunks, int threads, Supplier<S> stateFactory, ChunkWork<S, R> work, Consumer<R> merge) {
        if (chunks <= 0) {
            return;
        }
        int workers = Math.min(defaultThreads(threads), chunks);
        Object[] pending = new Object[chunks];
        AtomicInteger nextChunk = new AtomicInteger();
        int[] nextToMerge = {0};
        Object lock = new Object();
        Runnable worker = () -> {
            S state = stateFactory.get();
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                R result = work.apply(state, c);
                synchronized (lock) {
                    pending[c] = result == null ? NONE : result;
                    while (nextToMerge[0] < chunks && pending[nextToMerge[0]] != null) {
                        Object r = pending[nextToMerge[0]];
                        pending[nextToMerge[0]] = null;
                        nextToMerge[0]++;
                        if (r != NONE) {
                            @SuppressWarnings("unchecked")
                            R typed = (R) r;
                            merge.accept(typed);
                        }
                    }
                }
            }
        };
        if (workers == 1) {
            worker.run();
            return;
        }
        Thread[] started = new Thread[workers - 1];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < started.length; t++) {
            Thread thread = new Thread(worker, "kct-worker-" + (t + 1));
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
                nextChunk.set(chunks); // stop the others early
            });
            started[t] = thread;
            thread.start();
        }
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            nextChunk.set(chunks);
            dev.kct.Workers.joinAll(started);
            throw e;
        }
        dev.kct.Workers.joinAll(started);
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException re) {
                throw re;
            }
            if (failure[0] instanceof Error err) {
                throw err;
            }
            if (failure[0] != null) {
                throw new IllegalStateException(failure[0]);
            }
        }
    }

    private static final Object NONE = new Object();
}
