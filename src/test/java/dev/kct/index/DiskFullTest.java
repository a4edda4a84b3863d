package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 9: a disk that fills up while indexing (at any point: while documents are flushed, merged or
 * committed) ends the run with an I/O error (exit 4) that says so, never an internal error, and leaves the index
 * exactly as its last commit.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    /** A directory whose files together may hold only {@code budget} more bytes, then "No space left on device". */
    private static final class FullingDirectory extends FilterDirectory {
        private final AtomicLong budget;

        FullingDirectory(Directory in, long budget) {
            super(in);
            this.budget = new AtomicLong(budget);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Limited(in.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Limited(in.createTempOutput(prefix, suffix, context));
        }

        private final class Limited extends IndexOutput {
            private final IndexOutput out;

            Limited(IndexOutput out) {
                super("limited(" + out + ")", out.getName());
                this.out = out;
            }

            private void take(long n) throws IOException {
                if (budget.addAndGet(-n) < 0) throw new IOException("No space left on device");
            }

            @Override
            public void writeByte(byte b) throws IOException {
                take(1);
                out.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                take(length);
                out.writeBytes(b, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public long getFilePointer() {
                return out.getFilePointer();
            }

            @Override
            public long getChecksum() throws IOException {
                return out.getChecksum();
            }
        }
    }

    private static PatentIndexWriter.Settings settings(int threads) {
        return new PatentIndexWriter.Settings(
                threads, 1, ApplicantMap.NONE, new CountryOfOrigin(CountryOfOrigin.Mode.APPLICANT));
    }

    private static List<PatentRecord> records(int n, String prefix) {
        String[] codes = {"H01L 21/027", "G06F 3/01", "B64C 39/02", "A61K 31/00", "C12N 15/00"};
        List<PatentRecord> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(PatentRecord.builder(prefix + i)
                    .ipc(List.of(
                            IpcParser.parse(codes[i % codes.length]), IpcParser.parse(codes[(i / 5) % codes.length])))
                    .publicationDate(PatentDate.ofYear(2000 + i % 20))
                    .title("A patent about " + prefix + " number " + i + " with some words to fill the buffer")
                    .build());
        }
        return out;
    }

    @Test
    void aFullDiskAtAnyPointIsAnIoErrorAndTheLastCommitStays() throws IOException {
        Path idx = dir.resolve("idx");
        try (PatentIndexWriter w = PatentIndexWriter.open(idx, settings(2))) {
            records(200, "OLD").forEach(w::add);
            w.commit();
        }
        for (long budget : new long[] {0, 50_000, 300_000, 900_000}) {
            for (int threads : new int[] {1, 2}) {
                KctException e = null;
                try (PatentIndexWriter w = PatentIndexWriter.open(
                        idx, new FullingDirectory(FSDirectory.open(idx), budget), settings(threads))) {
                    records(8_000, "NEW").forEach(w::add);
                    w.commit();
                } catch (KctException k) {
                    e = k;
                }
                if (e == null) continue; // the budget was enough: a clean commit is fine too
                assertThat(e.kind())
                        .as("budget %d, %d threads: %s", budget, threads, e.getMessage())
                        .isEqualTo(KctException.Kind.IO);
                assertThat(e.getMessage()).contains("No space left on device").contains("nothing was committed");
                try (PatentIndex index = PatentIndex.open(idx)) {
                    assertThat(index.patents())
                            .as("budget %d: the last commit", budget)
                            .isEqualTo(200);
                }
            }
        }
        assertThatThrownBy(() -> {
                    try (PatentIndexWriter w = PatentIndexWriter.open(
                            idx, new FullingDirectory(FSDirectory.open(idx), 10_000), settings(2))) {
                        records(8_000, "NEW").forEach(w::add);
                        w.commit();
                    }
                })
                .isInstanceOf(KctException.class)
                .hasMessageContaining("No space left on device");
    }
}
