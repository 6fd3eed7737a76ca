package dev.newsbite.reader.library;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waiting for work that several requests share (one fetch of a page, one refresh of a feed): its
 * {@link ReadFailure} or runtime error reaches every waiter as it was thrown.
 */
public final class SharedWork {
    private SharedWork() {
    }

    /**
     * The result of {@code running}.
     *
     * @param doing what the work does, for the message of an unexpected failure ("reading")
     */
    public static <T> T await(CompletableFuture<T> running, String key, String doing) throws ReadFailure {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure(ReadFailure.Kind.TIMEOUT, "interrupted while waiting for " + key, key);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReadFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ReadFailure(ReadFailure.Kind.INTERNAL, doing + " " + key + " failed", key);
        }
    }
}
