package dev.kct.ipc;

import dev.kct.KctException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * IPC titles from WIPO's tab-separated title list ({@code symbol<TAB>title}, symbols in any form
 * {@link IpcParser} reads, e.g. the packed {@code H01L0021027000}); a folder is read file by file
 * (WIPO ships one file per section). Titles are keyed by canonical code.
 */
public final class IpcTitles {

    private final Map<String, String> titles;

    private IpcTitles(Map<String, String> titles) {
        this.titles = titles;
    }

    /** No titles: every lookup gives null. */
    public static IpcTitles none() {
        return new IpcTitles(Map.of());
    }

    /** Loads a title file or a folder of them; lines that are not {@code symbol<TAB>title} are skipped. */
    public static IpcTitles load(Path fileOrFolder) {
        Map<String, String> titles = new HashMap<>();
        try {
            List<Path> files;
            if (Files.isDirectory(fileOrFolder)) {
                try (Stream<Path> s = Files.list(fileOrFolder)) {
                    files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .toList();
                }
            } else {
                files = List.of(fileOrFolder);
            }
            for (Path f : files) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        if (tab <= 0) continue;
                        try {
                            titles.put(
                                    IpcParser.parse(line.substring(0, tab)).toString(),
                                    line.substring(tab + 1).strip());
                        } catch (IpcParseException ignored) {
                            // headers or notes in the file
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw KctException.io("cannot read IPC titles from " + fileOrFolder + ": " + e.getMessage(), e);
        }
        if (titles.isEmpty()) {
            throw KctException.data(fileOrFolder + " holds no IPC titles: expected lines 'SYMBOL<TAB>title'");
        }
        return new IpcTitles(titles);
    }

    /** The title of a canonical code, or null when unknown. */
    public String title(String code) {
        return code == null ? null : titles.get(code);
    }

    public int size() {
        return titles.size();
    }
}
