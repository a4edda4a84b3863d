package dev.kct;

/**
 * An error the user can fix: bad data, a bad option value, or a file problem. The engine throws it
 * with one clear line (what, where, how to fix it); the command line maps {@link Kind} to an exit code
 * and prints the message without a stack trace.
 */
public class KctException extends RuntimeException {

    /** What kind of user error this is; decides the exit code. */
    public enum Kind {
        /** A wrong option or argument (exit 2). */
        USAGE,
        /** Bad or unusable data (exit 3). */
        DATA,
        /** A missing, unreadable, locked or incompatible file or index (exit 4). */
        IO
    }

    private final Kind kind;

    public KctException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public KctException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static KctException usage(String message) {
        return new KctException(Kind.USAGE, message);
    }

    public static KctException data(String message) {
        return new KctException(Kind.DATA, message);
    }

    public static KctException io(String message, Throwable cause) {
        return new KctException(Kind.IO, message, cause);
    }
}
