package dev.kct.source;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts a stream of keyed rows that may not fit in memory: rows are buffered up to a budget of
 * characters, each full buffer is sorted and written to a temporary file (a run), and the runs are
 * merged k-way with a priority queue. Input that fits in one buffer is sorted in memory and never
 * touches the disk. The sort is stable: rows with equal keys keep their input order (within a run by
 * a stable sort, across runs by run number), so a table's rows for one key stay in file order.
 *
 * <p>Cost: O(n log n) comparisons; the input is written and read once more; memory is the buffer plus
 * one read buffer per run.
 */
final class ExternalSort implements Closeable {

    /** One table row: its key, the line it came from, and the values kept (null for empty). */
    record KeyedRow(String key, long line, String[] values) {}

    private final Path directory;
    private final long budgetChars;
    private final Comparator<String> order;
    private final List<RunReader> open = new ArrayList<>();
    private int runs;

    /**
     * @param directory   where runs are written (the caller creates and deletes it)
     * @param budgetChars how many characters of row data to buffer before writing a run
     * @param order       the key order
     */
    ExternalSort(Path directory, long budgetChars, Comparator<String> order) {
        this.directory = directory;
        this.budgetChars = budgetChars;
        this.order = order;
    }

    /** The rows sorted by key; files opened for the merge are closed by {@link #close()}. */
    Iterator<KeyedRow> sort(Iterator<KeyedRow> rows) throws IOException {
        Comparator<KeyedRow> byKey = Comparator.comparing(KeyedRow::key, order);
        List<Path> runFiles = new ArrayList<>();
        List<KeyedRow> buffer = new ArrayList<>();
        long chars = 0;
        while (rows.hasNext()) {
            KeyedRow r = rows.next();
            buffer.add(r);
            chars += size(r);
            if (chars >= budgetChars) {
                buffer.sort(byKey);
                runFiles.add(write(buffer));
                buffer.clear();
                chars = 0;
            }
        }
        buffer.sort(byKey);
        if (runFiles.isEmpty()) return buffer.iterator();
        if (!buffer.isEmpty()) runFiles.add(write(buffer));
        return merge(runFiles);
    }

    private static long size(KeyedRow r) {
        long n = r.key().length() + 24;
        for (String v : r.values()) n += v == null ? 1 : v.length() + 1;
        return n;
    }

    private Path write(List<KeyedRow> rows) throws IOException {
        Path file = directory.resolve("run-" + (runs++) + ".tsv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (KeyedRow r : rows) {
                line.setLength(0);
                line.append(SourceFields.oneLine(r.key())).append('\t').append(r.line());
                for (String v : r.values()) line.append('\t').append(v == null ? "" : SourceFields.oneLine(v));
                out.append(line).append('\n');
            }
        }
        return file;
    }

    private Iterator<KeyedRow> merge(List<Path> runFiles) throws IOException {
        PriorityQueue<RunReader> queue = new PriorityQueue<>(
                Comparator.comparing((RunReader r) -> r.current.key(), order).thenComparingInt(r -> r.number));
        for (int i = 0; i < runFiles.size(); i++) {
            RunReader r = new RunReader(runFiles.get(i), i);
            open.add(r);
            if (r.advance()) queue.add(r);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !queue.isEmpty();
            }

            @Override
            public KeyedRow next() {
                RunReader r = queue.poll();
                if (r == null) throw new NoSuchElementException();
                KeyedRow row = r.current;
                if (r.advance()) queue.add(r);
                return row;
            }
        };
    }

    @Override
    public void close() throws IOException {
        for (RunReader r : open) r.in.close();
        open.clear();
    }

    /** One run being merged: its reader and its current row. */
    private static final class RunReader {
        final BufferedReader in;
        final int number;
        KeyedRow current;

        RunReader(Path file, int number) throws IOException {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            this.number = number;
        }

        boolean advance() {
            try {
                String line = in.readLine();
                if (line == null) {
                    current = null;
                    return false;
                }
                String[] parts = line.split("\t", -1);
                String[] values = new String[parts.length - 2];
                for (int i = 0; i < values.length; i++) values[i] = parts[i + 2].isEmpty() ? null : parts[i + 2];
                current = new KeyedRow(parts[0], Long.parseLong(parts[1]), values);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
