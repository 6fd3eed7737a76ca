package dev.newsbite.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, and stops the download (cancels) the moment it would pass
 * it; {@link #skip()} takes no body at all (a redirect, an error page, a video). Unlike the JDK's
 * discarding subscribers, nothing here reads an endless body to its end.
 */
final class CappedBody implements BodySubscriber<byte[]> {
    /** The body would pass the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int cap) {
            super("body larger than " + cap + " bytes", null);
        }
    }

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final int cap;
    private final ByteArrayOutputStream bytes;
    private Flow.Subscription subscription;

    private CappedBody(int cap) {
        this.cap = cap;
        this.bytes = cap > 0 ? new ByteArrayOutputStream(Math.min(cap, 64 * 1024)) : null;
    }

    static CappedBody upTo(int cap) {
        return new CappedBody(cap);
    }

    static CappedBody skip() {
        return new CappedBody(0);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (bytes == null) {
            s.cancel();
            body.complete(new byte[0]);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (item.remaining() > cap - bytes.size()) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes == null ? new byte[0] : bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
