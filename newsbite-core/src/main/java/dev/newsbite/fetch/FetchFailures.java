package dev.newsbite.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** What went wrong in a fetch, as a {@link FetchException} of the right kind with a one-line message. */
final class FetchFailures {
    private FetchFailures() {
    }

    static FetchException timeout(URI uri, FetchPolicy policy) {
        return new FetchException(FetchException.Kind.TIMEOUT,
                "no complete answer within " + seconds(policy.totalTimeout()) + " from " + uri);
    }

    static FetchException tooLarge(URI uri, FetchPolicy policy) {
        return new FetchException(FetchException.Kind.TOO_LARGE,
                "page larger than " + policy.maxBytes() + " bytes: " + uri);
    }

    /** {@code cause} as a fetch failure; {@code expired}: the fetch's time was up (whatever broke, that is why). */
    static FetchException of(URI uri, Throwable cause, boolean expired, FetchPolicy policy) {
        if (cause instanceof CheckedDnsResolver.Refused) {
            return new FetchException(FetchException.Kind.REFUSED_ADDRESS, cause.getMessage(), cause);
        }
        if (expired) {
            // The timer cancelled the request: whatever broke, it broke because time was up.
            return new FetchException(FetchException.Kind.TIMEOUT, timeout(uri, policy).getMessage(), cause);
        }
        if (cause instanceof ConnectTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, "could not connect within "
                    + seconds(policy.connectTimeout()) + " to " + uri.getHost(), cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, timeout(uri, policy).getMessage(), cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchException.Kind.UNREACHABLE, "cannot connect to " + hostPort(uri)
                    + (cause.getMessage() == null ? "" : " (" + oneLine(cause) + ")"), cause);
        }
        if (cause instanceof UnknownHostException) {
            return new FetchException(FetchException.Kind.UNREACHABLE, "cannot resolve host " + uri.getHost(), cause);
        }
        if (cause instanceof SSLException) {
            return new FetchException(FetchException.Kind.UNREACHABLE, "TLS failed with " + uri.getHost()
                    + " (" + oneLine(cause) + ")", cause);
        }
        if (cause instanceof IOException) {
            return new FetchException(FetchException.Kind.UNREACHABLE, "connection to " + uri.getHost()
                    + " failed (" + oneLine(cause) + ")", cause);
        }
        return new FetchException(FetchException.Kind.UNREACHABLE, "fetching " + uri + " failed (" + oneLine(cause) + ")", cause);
    }

    private static String hostPort(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).strip();
    }
}
