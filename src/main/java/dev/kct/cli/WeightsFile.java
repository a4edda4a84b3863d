package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.rank.WeightsSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed weights from a file ({@code --weights-file}, {@code --family-weights-file}): one {@code name=weight},
 * {@code name,weight} or {@code name<TAB>weight} per line; blank lines, {@code #} comments and a header row are
 * skipped. A file is read only when asked for by these options, so {@code --weights entropy} means entropy even
 * when a file named {@code entropy} is in the working directory.
 */
final class WeightsFile {

    private WeightsFile() {}

    /** The inline option's value, or the file's weights, or null when neither is given; both at once is an error. */
    static WeightsSpec either(String inlineOption, WeightsSpec inline, String fileOption, Path file) {
        if (inline != null && file != null) {
            throw KctException.usage("give either " + inlineOption + " or " + fileOption + ", not both");
        }
        return file == null ? inline : read(fileOption, file);
    }

    /** The weights in {@code file} as fixed weights. */
    static WeightsSpec.Fixed read(String option, Path file) {
        List<String> items = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw KctException.io(option + " " + file + ": no such file", e);
        } catch (IOException e) {
            throw KctException.io(option + " " + file + ": cannot read it as UTF-8 text (" + e.getMessage() + ")", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s*[=,\\t]\\s*");
            if (parts.length != 2) {
                throw KctException.usage(
                        option + " " + file + ":" + (i + 1) + ": expected 'name=weight', got '" + line + "'");
            }
            if (items.isEmpty() && !parts[1].matches("[-+0-9.eE]+")) continue;
            items.add(parts[0].strip() + "=" + parts[1].strip());
        }
        if (items.isEmpty()) throw KctException.usage(option + " " + file + ": no weights in the file");
        return new WeightsSpec.Fixed(String.join(",", items));
    }
}
