package dev.kct.cli;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --weights} and {@code --family-weights} given as a file: one {@code name=weight},
 * {@code name,weight} or {@code name<TAB>weight} per line (blank lines, {@code #} comments and a header row
 * are skipped), turned into the inline form {@code a=0.3,b=0.7}. Any other value is returned as it is.
 */
final class WeightsSpec {

    private WeightsSpec() {
    }

    static String inline(String option, String value) {
        if (value == null || value.contains("=")) return value;
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) return value;
        List<String> items = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s*[=,\\t]\\s*");
                if (parts.length != 2) {
                    throw KctException.usage(option + " " + file + ":" + (i + 1) + ": expected 'name=weight', got '" + line + "'");
                }
                if (items.isEmpty() && !parts[1].matches("[-+0-9.eE]+")) continue;
                items.add(parts[0].strip() + "=" + parts[1].strip());
            }
        } catch (IOException e) {
            throw KctException.io(option + " " + file + ": " + e.getMessage(), e);
        }
        if (items.isEmpty()) throw KctException.usage(option + " " + file + ": no weights in the file");
        return String.join(",", items);
    }
}
