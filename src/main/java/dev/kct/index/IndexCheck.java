package dev.kct.index;

import dev.kct.KctException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * {@code kct check}: verifies a whole index with Lucene's {@link CheckIndex}: the checksum of every file of the
 * last commit (a flipped byte anywhere is found), and, unless only checksums are asked for, that every segment
 * opens and its postings, points, doc values and stored fields decode. Lucene itself verifies at every open only
 * the small files (the commit point, segment and field infos) and each file's header and footer, so a byte
 * changed in the middle of a large file is caught here, not by a normal run.
 */
public final class IndexCheck {

    /**
     * What the check found.
     *
     * @param clean     true when nothing is wrong
     * @param segments  segments in the last commit
     * @param documents documents in those segments (deleted ones included)
     * @param files     files of the last commit
     * @param bytes     their total size
     * @param problems  one line per damaged segment or file, empty when clean
     */
    public record Result(boolean clean, int segments, long documents, int files, long bytes, List<String> problems) {}

    private IndexCheck() {}

    /**
     * Checks the index at {@code dir}.
     *
     * @param checksumsOnly only verify each file's checksum (faster: one sequential read of the index)
     * @param threads       threads for checking segments in parallel; 0 or less for all cores
     */
    public static Result run(Path dir, boolean checksumsOnly, int threads) {
        if (!Files.isDirectory(dir)) {
            throw KctException.io(
                    "no index at " + dir + ": build one with 'kct index --index " + dir + " FILE...'", null);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw KctException.io(
                        dir + " holds no kct index: build one with 'kct index --index " + dir + " FILE...'", null);
            }
            PatentIndex.checkSchema(directory, dir);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            CheckIndex.Status status;
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setChecksumsOnly(checksumsOnly);
                check.setThreadCount(dev.kct.Workers.count(threads));
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
                status = check.checkIndex();
            }
            List<String> problems = new ArrayList<>();
            long docs = 0;
            int files = 0;
            long bytes = 0;
            for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
                docs += s.maxDoc;
                files += s.numFiles;
                bytes += Math.round(s.sizeMB * 1024 * 1024);
                if (s.error != null) {
                    problems.add("segment " + s.name + ": " + describe(s.error));
                }
            }
            if (status.missingSegments) problems.add("the commit point " + status.segmentsFileName + " cannot be read");
            if (!status.clean && problems.isEmpty()) problems.add(lastLine(log.toString(StandardCharsets.UTF_8)));
            return new Result(status.clean, status.numSegments, docs, files, bytes, List.copyOf(problems));
        } catch (LockObtainFailedException e) {
            throw KctException.io(
                    "index " + dir + " is locked by another kct that is writing it; check it when that"
                            + " run has finished",
                    e);
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
    }

    private static String lastLine(String log) {
        String[] lines = log.strip().split("\n");
        return lines.length == 0 ? "the index is not clean" : lines[lines.length - 1].strip();
    }
}
