package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.ingest.IngestListener;
import dev.kct.ingest.IngestSummary;
import dev.kct.ingest.Ingestion;
import dev.kct.report.RejectsCsvWriter;
import dev.kct.source.Rejection;
import dev.kct.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.apache.lucene.index.IndexWriter;

/**
 * Runs an ingest for a command and tells the user about it on stderr: the first 20 rejections with their
 * locations, repeated warnings folded, every rejection in the {@code --rejects} file, a progress bar,
 * and a summary line.
 */
final class Ingest {

    private static final int SHOWN_REJECTIONS = 20;
    private static final int SHOWN_WARNINGS_PER_KIND = 5;

    private Ingest() {}

    /**
     * Refuses to index into an existing directory that holds files but no index: Lucene would delete the
     * files there whose names look like its own ({@code _*}), which may be the user's. Lucene's lock file alone is
     * what a run that committed nothing (every record rejected) leaves: that directory is taken as empty.
     */
    static void refuseForeignDirectory(Path indexDir) {
        if (!Files.isDirectory(indexDir)) return;
        try (Stream<Path> entries = Files.list(indexDir)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME))
                    .toList();
            boolean isIndex = names.stream().anyMatch(n -> n.startsWith("segments_"));
            if (!names.isEmpty() && !isIndex) {
                throw KctException.usage(
                        "--index " + indexDir + ": the directory holds " + names.size()
                                + " file(s) but no kct index; give a new or empty directory (kct will not write among other files)");
            }
        } catch (IOException e) {
            throw KctException.io("cannot read " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** A file read, as the run named it, and the format it was read as (detected, or given). */
    record FileRead(String name, String format) {}

    /** What a run did, and the files it read in order. */
    record Ingested(IngestSummary summary, List<FileRead> files) {}

    static Ingested run(Path indexDir, List<Path> files, IngestOptions ingest, int threads, Diagnostics diag) {
        OutputGuard.check("--rejects", ingest.rejects, files, indexDir);
        refuseForeignDirectory(indexDir);
        Ingestion.Options options = ingest.options(threads);
        List<Ingestion.InputFile> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(Ingestion.InputFile.of(f)));
        try (RejectsCsvWriter rejects = ingest.rejects == null ? null : RejectsCsvWriter.open(ingest.rejects);
                ProgressBar bar = diag.progress("indexing", -1, "records")) {
            Listener listener = new Listener(diag, rejects, bar);
            IngestSummary s = Ingestion.run(indexDir, inputs, options, listener);
            listener.foldedWarnings();
            if (s.rejected() > SHOWN_REJECTIONS) {
                diag.warn((s.rejected() - SHOWN_REJECTIONS) + " more rejected records not shown"
                        + (ingest.rejects == null
                                ? ": use --rejects FILE to keep them all"
                                : ": all are in " + ingest.rejects));
            }
            diag.note(summary(s));
            return new Ingested(s, List.copyOf(listener.files));
        } catch (IOException e) {
            throw KctException.io(
                    "cannot write " + (ingest.rejects != null ? ingest.rejects : indexDir) + ": " + e.getMessage(), e);
        }
    }

    static String summary(IngestSummary s) {
        StringBuilder b = new StringBuilder();
        b.append("read ")
                .append(s.read())
                .append(", indexed ")
                .append(s.indexed())
                .append(", replaced ")
                .append(s.replaced())
                .append(", rejected ")
                .append(s.rejected());
        if (!s.rejectedByField().isEmpty()) b.append(" ").append(s.rejectedByField());
        if (!s.repaired().isEmpty()) b.append(", repaired ").append(s.repaired());
        if (s.countrySources().entrySet().stream().anyMatch(e -> !e.getKey().equals("applicant") && e.getValue() > 0)) {
            b.append(", country of origin from ").append(s.countrySources());
        }
        b.append("; index holds ").append(s.patentsInIndex()).append(" patents");
        return b.toString();
    }

    private static final class Listener implements IngestListener {
        private final Diagnostics diag;
        private final RejectsCsvWriter rejects;
        private final ProgressBar bar;
        private final Map<String, Integer> warningsByKind = new HashMap<>();
        private final List<FileRead> files = new ArrayList<>();
        private int shown;

        Listener(Diagnostics diag, RejectsCsvWriter rejects, ProgressBar bar) {
            this.diag = diag;
            this.rejects = rejects;
            this.bar = bar;
        }

        @Override
        public void rejected(Rejection r) {
            if (rejects != null) rejects.write(r);
            if (shown++ < SHOWN_REJECTIONS) diag.warn("rejected " + r.describe());
        }

        @Override
        public void warning(SourceLocation where, String message) {
            String kind = message.replaceAll("'[^']*'|\\d+", "");
            int n = warningsByKind.merge(kind, 1, Integer::sum);
            if (n <= SHOWN_WARNINGS_PER_KIND) diag.warn(where + ": " + message);
        }

        @Override
        public void progress(long recordsRead) {
            if (bar != null) bar.stepTo(recordsRead);
        }

        @Override
        public void fileStarted(String displayName, String format) {
            files.add(new FileRead(displayName, format));
            diag.note("reading " + displayName + " as " + format);
        }

        void foldedWarnings() {
            warningsByKind.forEach((kind, n) -> {
                if (n > SHOWN_WARNINGS_PER_KIND) {
                    diag.warn((n - SHOWN_WARNINGS_PER_KIND) + " more warnings like the above not shown");
                }
            });
        }
    }
}
