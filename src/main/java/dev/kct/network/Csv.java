package dev.kct.network;

/** RFC 4180 field quoting for the CSV exporters. */
final class Csv {

    /** Record separator: CRLF, as RFC 4180 prescribes. */
    static final String EOL = "\r\n";

    private Csv() {}

    /** The field as is, or in double quotes (inner quotes doubled) when it holds , " CR or LF. */
    static String field(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
