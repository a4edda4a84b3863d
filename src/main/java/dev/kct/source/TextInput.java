package dev.kct.source;

import dev.kct.KctException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files the way every reader needs them: transparently gunzipped (by magic bytes, not
 * by name), with a UTF-8 byte-order mark skipped, and decoded so that invalid byte sequences become
 * U+FFFD instead of aborting the file; readers then reject just the records holding U+FFFD
 * ({@link #hasInvalidText(String)}), naming the field.
 */
public final class TextInput {

    /** The replacement character that marks undecodable input. */
    public static final char INVALID = '\uFFFD';

    private TextInput() {}

    /** The file's bytes, gunzipped when it starts with the gzip magic number. */
    public static InputStream openBytes(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                in.close();
                throw KctException.data(file + ": starts like a gzip file but its gzip header is cut short or damaged ("
                        + e.getMessage() + "); decompress or re-download it");
            }
        }
        return in;
    }

    /**
     * A reader over the file's text in {@code charset}; a UTF-8 BOM is skipped. A file that starts with a UTF-16
     * byte-order mark is UTF-16 whatever {@code charset} says (Excel's "Unicode text" exports are), so it is never
     * read as NUL-riddled bytes.
     */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = openBytes(file);
        in.mark(2);
        byte[] mark = in.readNBytes(2);
        in.reset();
        if (isUtf16Bom(mark)) charset = StandardCharsets.UTF_16;
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
                in.reset();
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(INVALID));
        return new InputStreamReader(in, decoder);
    }

    /** True when {@code bytes} start with a UTF-16 byte-order mark (FE FF or FF FE). */
    public static boolean isUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
                        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE));
    }

    /** The first {@code max} bytes of the (gunzipped) file, for format and encoding detection. */
    public static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = openBytes(file)) {
            return in.readNBytes(max);
        }
    }

    /** True when {@code bytes} are not valid UTF-8 (a sequence cut at the end is allowed). */
    public static boolean isValidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int extra = b < 0x80
                    ? 0
                    : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
            if (extra < 0) return false;
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length) return true;
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /** True when decoding replaced invalid bytes somewhere in {@code text}. */
    public static boolean hasInvalidText(String text) {
        return text != null && text.indexOf(INVALID) >= 0;
    }
}
