package dev.kct.source;

import dev.kct.record.PatentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** A sink that keeps everything a reader reports, for assertions. */
final class CollectingSink implements RecordSink {

    final List<PatentRecord> records = new ArrayList<>();
    final List<SourceLocation> locations = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Each repair as {@code file:line what}. */
    final List<String> repairs = new ArrayList<>();

    @Override
    public void accept(PatentRecord record, SourceLocation where) {
        records.add(record);
        locations.add(where);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void warn(SourceLocation where, String message) {
        warnings.add(where + " " + message);
    }

    @Override
    public void repaired(SourceLocation where, String what) {
        repairs.add(where + " " + what);
    }

    PatentRecord record(String id) {
        return records.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no record " + id + " in " + ids()));
    }

    List<String> ids() {
        return records.stream().map(PatentRecord::id).toList();
    }

    /** Each rejection as {@code file:line field: reason}, for compact assertions. */
    List<String> rejected() {
        return rejections.stream()
                .map(r -> r.where() + " " + r.field() + ": " + r.reason())
                .toList();
    }
}
