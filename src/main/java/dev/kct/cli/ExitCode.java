package dev.kct.cli;

import dev.kct.KctException;

/** kct's exit codes (docs/DESIGN.md): stable, documented in the README, relied on by pipelines. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    DATA(3),
    IO(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static ExitCode of(KctException.Kind kind) {
        switch (kind) {
            case USAGE:
                return USAGE;
            case DATA:
                return DATA;
            default:
                return IO;
        }
    }
}
