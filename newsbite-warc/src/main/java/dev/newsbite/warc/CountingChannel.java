package dev.newsbite.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** A channel that counts the bytes read through it: the file's bytes consumed, for MB/s. */
final class CountingChannel implements ReadableByteChannel {
    private final ReadableByteChannel in;
    private volatile long count;

    CountingChannel(ReadableByteChannel in) {
        this.in = in;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = in.read(dst);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    long count() {
        return count;
    }

    @Override
    public boolean isOpen() {
        return in.isOpen();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
