package dev.kct.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The start of an input file, for format detection: its name, its first bytes (gunzipped) and
 * those bytes as text (UTF-8 when valid, else ISO-8859-1), with the first non-blank line.
 */
public record SourceHead(String fileName, byte[] bytes, String text, String firstLine) {

    /** Bytes read for detection. */
    public static final int SIZE = 64 * 1024;

    public static SourceHead of(Path file) throws IOException {
        byte[] bytes = TextInput.head(file, SIZE);
        String text = new String(
                bytes,
                TextInput.isUtf16Bom(bytes)
                        ? StandardCharsets.UTF_16
                        : TextInput.isValidUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String first = "";
        for (String line : text.split("\r?\n", 50)) {
            if (!line.isBlank()) {
                first = line.strip();
                break;
            }
        }
        Path name = file.getFileName();
        return new SourceHead(name == null ? "" : name.toString(), bytes, text, first);
    }

    /** The file name in lower case without a trailing {@code .gz}. */
    public String baseName() {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** True when the bytes are valid UTF-8. */
    public boolean utf8() {
        return TextInput.isValidUtf8(bytes);
    }
}
