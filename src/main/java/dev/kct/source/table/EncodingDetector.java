package dev.kct.source.table;

import dev.kct.KctException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a text export from its first bytes, by one deterministic rule, in this order:
 * <ol>
 *   <li>a byte-order mark: UTF-8, UTF-16 LE or UTF-16 BE;</li>
 *   <li>bytes that are valid UTF-8 (pure ASCII included): UTF-8;</li>
 *   <li>bytes that decode as GB18030 without error and whose non-ASCII characters are mostly Chinese
 *       (CJK ideographs, CJK and full-width punctuation): GB18030 (Chinese databases export in it);</li>
 *   <li>anything else: Windows-1252 (every byte decodes; Western exports from Excel use it).</li>
 * </ol>
 * Windows-1252 decodes any bytes, so it can only be the last resort; GB18030 decodes most byte pairs too,
 * which is why it must also produce mostly Chinese text. A mapping's {@code encoding} overrides the guess.
 */
public final class EncodingDetector {

    /** How many bytes of a file the rule looks at. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {}

    /** The encoding and the length of its byte-order mark (0 when none). */
    public record Guess(Charset charset, int bomLength) {}

    /**
     * Guesses from {@code sample}, the first {@code length} bytes of a file; {@code complete} says the
     * sample is the whole file (else a multi-byte character cut at its end is not held against it).
     */
    public static Guess detect(byte[] sample, int length, boolean complete) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) return new Guess(StandardCharsets.UTF_8, 3);
        if (startsWith(sample, length, 0xFF, 0xFE)) return new Guess(StandardCharsets.UTF_16LE, 2);
        if (startsWith(sample, length, 0xFE, 0xFF)) return new Guess(StandardCharsets.UTF_16BE, 2);
        if (decodes(StandardCharsets.UTF_8, sample, length, complete)) return new Guess(StandardCharsets.UTF_8, 0);
        CharSequence gb = decode(GB18030, sample, length, complete);
        if (gb != null && mostlyChinese(gb)) return new Guess(GB18030, 0);
        return new Guess(WINDOWS_1252, 0);
    }

    /** Guesses from a whole sample (e.g. bytes made in a test). */
    public static Charset detect(byte[] bytes) {
        return detect(bytes, bytes.length, true).charset();
    }

    /** The charset a mapping names ({@code UTF-8}, {@code GB18030}, {@code windows-1252}...), as a usage error if unknown. */
    public static Charset named(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw KctException.usage(
                    "unknown encoding '" + name + "': use e.g. UTF-8, UTF-16LE, UTF-16BE, GB18030, windows-1252");
        }
    }

    private static boolean startsWith(byte[] b, int length, int... prefix) {
        if (length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static boolean decodes(Charset cs, byte[] b, int length, boolean complete) {
        return decode(cs, b, length, complete) != null;
    }

    /** The text, or null when the bytes are not valid in {@code cs}; a character cut at the end of a partial sample is ignored. */
    private static CharSequence decode(Charset cs, byte[] b, int length, boolean complete) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        if (decoder.decode(ByteBuffer.wrap(b, 0, length), out, complete).isError()) return null;
        if (complete && decoder.flush(out).isError()) return null;
        out.flip();
        return out;
    }

    private static boolean mostlyChinese(CharSequence text) {
        int nonAscii = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) continue;
            nonAscii++;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                chinese++;
            }
        }
        return nonAscii > 0 && chinese * 2 > nonAscii;
    }
}
