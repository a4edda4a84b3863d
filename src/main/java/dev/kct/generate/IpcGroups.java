package dev.kct.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Real IPC main groups and subgroups of the subclasses the synthetic corpus uses, so that every code
 * it writes exists in the IPC: the main groups of each subclass as listed in WIPO's IPC scheme title
 * list (edition 2022.01), each with its main-group symbol ({@code /00}) and at most five of its
 * subgroups, taken at evenly spaced positions of the group's subgroup list. H10B, H10K, H10N and B64U,
 * new in IPC 2023.01 and absent from that list, carry their main groups only.
 *
 * <p>The table is data, kept in the resource {@value #RESOURCE} and read once: one line per subclass,
 * {@code subclass<TAB>entry}, {@code #} lines are comments. Format of an entry:
 * {@code group=subgroup subgroup ...;group=...}, e.g. {@code 21=00 02 027}. Every line is checked
 * against that format, so a damaged resource fails at once rather than changing the corpus.
 */
final class IpcGroups {

    static final String RESOURCE = "ipc-groups.tsv";

    private static final Pattern SUBCLASS = Pattern.compile("[A-H][0-9]{2}[A-Z]");
    private static final Pattern ENTRY = Pattern.compile("[0-9]+=[0-9]+( [0-9]+)*(;[0-9]+=[0-9]+( [0-9]+)*)*");
    private static final Map<String, String> TABLE = load();

    private IpcGroups() {}

    /** Groups of {@code subclass} in the entry format above, or null when the subclass is not listed. */
    static String of(String subclass) {
        return TABLE.get(subclass);
    }

    /** Number of subclasses listed. */
    static int size() {
        return TABLE.size();
    }

    private static Map<String, String> load() {
        InputStream in = IpcGroups.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the kct jar");
        Map<String, String> table = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String subclass = tab < 0 ? "" : line.substring(0, tab);
                String entry = line.substring(tab + 1);
                if (!SUBCLASS.matcher(subclass).matches()
                        || !ENTRY.matcher(entry).matches()
                        || table.put(subclass, entry) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": not a new subclass<TAB>groups line");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return Map.copyOf(table);
    }
}
