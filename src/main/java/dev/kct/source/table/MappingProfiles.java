package dev.kct.source.table;

import dev.kct.KctException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in column mappings, for exports whose columns are documented by a public source (each
 * profile cites it in its {@code _source} key). A profile is a resource
 * {@code dev/kct/source/table/profiles/NAME.json} in the same form as a {@code --map} file.
 */
public final class MappingProfiles {

    /** The built-in profiles' names. */
    public static final List<String> NAMES = List.of("wipo-landscape");

    private MappingProfiles() {}

    /** The profile called {@code name}; a usage error naming the profiles when there is none. */
    public static ColumnMapping get(String name) {
        if (!NAMES.contains(name)) {
            throw KctException.usage("no built-in mapping '" + name + "'; there are: " + String.join(", ", NAMES));
        }
        String resource = "profiles/" + name + ".json";
        try (InputStream in = MappingProfiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return ColumnMapping.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
