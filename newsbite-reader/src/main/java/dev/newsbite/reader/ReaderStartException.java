package dev.newsbite.reader;

/** A reader could not start (store, port). The message is one line for a person. */
public final class ReaderStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReaderStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
