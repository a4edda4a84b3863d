package dev.kct.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded, structure-aware byte mutator for text formats: bit flips, bytes that matter to CSV, JSON and XML
 * (quotes, separators, line ends, brackets, NUL, invalid and multi-byte UTF-8), insertions, deletions,
 * duplicated and spliced ranges, truncation, long runs. The same seed gives the same inputs, so a failure
 * reproduces from its seed and index alone.
 */
final class Mutator {

    private static final byte[][] TOKENS = bytes(
            "\"",
            ",",
            ";",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "|",
            "{",
            "}",
            "[",
            "]",
            ":",
            "<",
            ">",
            "</",
            "<?xml",
            "&",
            "&amp;",
            "&#0;",
            "\u0000",
            "\\",
            "\\u0000",
            "-",
            "/",
            "0",
            "9",
            "99999999",
            "-1",
            "1e309",
            "NaN",
            "NA",
            " ",
            "\u00e9",
            "\u4e2d",
            "\uFEFF",
            "null",
            "true",
            "H01L 21/027",
            "H01L0021027000",
            "2019-13-45",
            "00000000",
            "9999",
            "\"\"",
            "\",\"",
            ";;;;");

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    byte[] mutate(List<byte[]> seeds) {
        byte[] data = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(random.nextInt(8) + 1);
        for (int r = 0; r < rounds; r++) data = once(data, seeds);
        return data;
    }

    private byte[] once(byte[] in, List<byte[]> seeds) {
        int n = in.length;
        switch (random.nextInt(10)) {
            case 0: {
                if (n == 0) return in;
                byte[] out = in.clone();
                int i = random.nextInt(n);
                out[i] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1: {
                if (n == 0) return in;
                byte[] out = in.clone();
                out[random.nextInt(n)] = (byte) random.nextInt(256);
                return out;
            }
            case 2:
            case 3:
                return insert(in, random.nextInt(n + 1), TOKENS[random.nextInt(TOKENS.length)]);
            case 4: {
                if (n == 0) return in;
                int from = random.nextInt(n);
                int len = 1 + random.nextInt(Math.min(64, n - from));
                return splice(in, from, from + len, new byte[0]);
            }
            case 5: {
                if (n == 0) return in;
                int from = random.nextInt(n);
                int len = 1 + random.nextInt(Math.min(256, n - from));
                byte[] range = java.util.Arrays.copyOfRange(in, from, from + len);
                return insert(in, random.nextInt(n + 1), range);
            }
            case 6: {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                if (other.length == 0 || n == 0) return in;
                int cut = random.nextInt(n);
                int from = random.nextInt(other.length);
                return splice(in, cut, n, java.util.Arrays.copyOfRange(other, from, other.length));
            }
            case 7:
                return n == 0 ? in : java.util.Arrays.copyOf(in, random.nextInt(n));
            case 8: {
                byte[] token = TOKENS[random.nextInt(TOKENS.length)];
                int times = 1 + random.nextInt(random.nextBoolean() ? 16 : 4096);
                ByteArrayOutputStream run = new ByteArrayOutputStream(token.length * times);
                for (int i = 0; i < times; i++) run.writeBytes(token);
                return insert(in, random.nextInt(n + 1), run.toByteArray());
            }
            default: {
                if (n == 0) return in;
                int line = lineStart(in, random.nextInt(n));
                return insert(in, line, TOKENS[random.nextInt(TOKENS.length)]);
            }
        }
    }

    private static int lineStart(byte[] in, int i) {
        while (i > 0 && in[i - 1] != '\n') i--;
        return i;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        return splice(in, at, at, what);
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] what) {
        byte[] out = new byte[in.length - (to - from) + what.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(what, 0, out, from, what.length);
        System.arraycopy(in, to, out, from + what.length, in.length - to);
        return out;
    }

    private static byte[][] bytes(String... tokens) {
        byte[][] out = new byte[tokens.length][];
        for (int i = 0; i < tokens.length; i++) out[i] = tokens[i].getBytes(StandardCharsets.UTF_8);
        return out;
    }
}
