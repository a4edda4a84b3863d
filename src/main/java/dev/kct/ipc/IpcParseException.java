package dev.kct.ipc;

/** A text that is not a valid IPC or CPC symbol; the message says why, naming the text. */
public final class IpcParseException extends IllegalArgumentException {
    public IpcParseException(String message) {
        super(message);
    }
}
