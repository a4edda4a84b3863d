package dev.kct.source;

import dev.kct.record.PatentRecord;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything a reader pushes, for assertions. */
public final class CollectingSink implements RecordSink {
    public final List<PatentRecord> records = new ArrayList<>();
    public final List<SourceLocation> locations = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<String> repairs = new ArrayList<>();

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
        warnings.add(where + ": " + message);
    }

    @Override
    public void repaired(SourceLocation where, String what) {
        repairs.add(where + ": " + what);
    }
}
