package dev.kct.network;

/** XML 1.0 text escaping for the XML exporters. */
final class Xml {

    private Xml() {}

    /**
     * Escapes {@code s} for element content or a double-quoted attribute: {@code & < > " '} become
     * entities, tab, CR and LF become character references (so attribute values keep them), and
     * characters XML 1.0 forbids (other controls, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD.
     */
    static String escape(String s) {
        StringBuilder out = null;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = "&quot;";
                case '\'' -> rep = "&apos;";
                case '\t' -> rep = "&#9;";
                case '\n' -> rep = "&#10;";
                case '\r' -> rep = "&#13;";
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        rep = "\uFFFD";
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                            if (out != null) {
                                out.append(c).append(s.charAt(i + 1));
                            }
                            i++;
                            continue;
                        }
                        rep = "\uFFFD";
                    } else if (Character.isLowSurrogate(c)) {
                        rep = "\uFFFD";
                    } else {
                        rep = null;
                    }
                }
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(len + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
