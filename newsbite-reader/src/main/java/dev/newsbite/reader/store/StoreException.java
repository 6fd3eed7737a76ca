package dev.newsbite.reader.store;

/** The page store cannot be opened, read or written. The message is one line for a person. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
