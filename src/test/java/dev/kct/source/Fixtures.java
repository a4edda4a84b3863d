package dev.kct.source;

import dev.kct.ipc.IpcSymbol;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under {@code src/test/resources/source/} and small helpers over records. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/source/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the fixture {@code name} with {@code reader}, naming it {@code name} in locations. */
    static CollectingSink read(PatentReader reader, String name) throws IOException {
        CollectingSink sink = new CollectingSink();
        reader.read(path(name), name, sink);
        return sink;
    }

    static List<String> ipc(PatentRecord r) {
        return r.ipc().stream().map(IpcSymbol::toString).toList();
    }

    static List<String> applicants(PatentRecord r) {
        return r.applicants().stream()
                .map(a -> a.country() == null ? a.name() : a.name() + " [" + a.country() + "]")
                .toList();
    }
}
