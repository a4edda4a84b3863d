package dev.kct.source;

import dev.kct.record.PatentRecord;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Parses raw rows on all cores while one thread reads the file, and hands the outcome to the sink in
 * file order, on the reading thread: so a reader stays simple (one row in, records or rejections out)
 * and the sink sees exactly what a sequential reader would have pushed. Rows travel in batches; at most
 * a few batches per core are in flight, which bounds memory.
 *
 * @param <R> a raw row
 */
final class OrderedParallelParser<R> implements Closeable {

    private static final int BATCH = 1024;

    private final BiConsumer<R, RecordSink> parse;
    private final RecordSink sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ArrayDeque<Future<Replay>> inFlight = new ArrayDeque<>();
    private List<R> batch = new ArrayList<>(BATCH);

    /**
     * {@code parse} turns one row into calls on the sink it is given (from any thread).
     *
     * @param threads parsing threads; 0 or less for all cores
     */
    OrderedParallelParser(BiConsumer<R, RecordSink> parse, RecordSink sink, int threads) {
        this.parse = parse;
        this.sink = sink;
        threads = dev.kct.Workers.count(threads);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kct-parse");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = 3 * threads;
    }

    void add(R row) {
        batch.add(row);
        if (batch.size() >= BATCH) submit();
    }

    /**
     * A sink for what the reading thread itself finds (e.g. a row of the wrong width): its calls are
     * delivered in file order among the parsed rows.
     */
    ProblemSink inOrder() {
        return new ProblemSink() {
            @Override
            public void reject(Rejection rejection) {
                direct().reject(rejection);
            }

            @Override
            public void warn(SourceLocation where, String message) {
                direct().warn(where, message);
            }

            @Override
            public void repaired(SourceLocation where, String what) {
                direct().repaired(where, what);
            }
        };
    }

    private Replay direct() {
        submit();
        Replay replay = new Replay();
        inFlight.addLast(java.util.concurrent.CompletableFuture.completedFuture(replay));
        return replay;
    }

    /** Parses what is left and delivers everything; call once at the end. */
    void finish() {
        submit();
        while (!inFlight.isEmpty()) deliver(inFlight.removeFirst());
    }

    private void submit() {
        if (batch.isEmpty()) return;
        List<R> rows = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.addLast(pool.submit(() -> {
            Replay replay = new Replay();
            for (R row : rows) parse.accept(row, replay);
            return replay;
        }));
        while (inFlight.size() > maxInFlight
                || (!inFlight.isEmpty() && inFlight.peekFirst().isDone())) {
            deliver(inFlight.removeFirst());
        }
    }

    private void deliver(Future<Replay> f) {
        try {
            f.get().replayTo(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Remembers sink calls in order, to replay them on the reading thread. */
    private static final class Replay implements RecordSink {
        private final List<Object[]> events = new ArrayList<>(BATCH);

        @Override
        public void accept(PatentRecord record, SourceLocation where) {
            events.add(new Object[] {record, where});
        }

        @Override
        public void reject(Rejection rejection) {
            events.add(new Object[] {rejection});
        }

        @Override
        public void warn(SourceLocation where, String message) {
            events.add(new Object[] {where, message, Boolean.TRUE});
        }

        @Override
        public void repaired(SourceLocation where, String what) {
            events.add(new Object[] {where, what, Boolean.FALSE});
        }

        void replayTo(RecordSink sink) {
            for (Object[] e : events) {
                if (e.length == 1) {
                    sink.reject((Rejection) e[0]);
                } else if (e.length == 2) {
                    sink.accept((PatentRecord) e[0], (SourceLocation) e[1]);
                } else if ((Boolean) e[2]) {
                    sink.warn((SourceLocation) e[0], (String) e[1]);
                } else {
                    sink.repaired((SourceLocation) e[0], (String) e[1]);
                }
            }
        }
    }
}
