package dev.newsbite.reader.web;

import dev.newsbite.reader.RateLimits;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The per-client limits of {@link RateLimits}: a loose bucket taken by every request (at the front
 * of the server, before any routing) and a strict one taken by first reads (just before an origin
 * fetch). Clients on loopback pass when the limits say so.
 */
public final class ClientLimits {
    private final RateLimits limits;
    private final RateLimiter requests;
    private final RateLimiter firstReads;

    public ClientLimits(RateLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.requests = limits.limitsRequests() ? new RateLimiter(limits.requestsPerMinute(), limits.requestBurst())
                : null;
        this.firstReads = limits.limitsFirstReads()
                ? new RateLimiter(limits.firstReadsPerMinute(), limits.firstReadBurst()) : null;
    }

    /** 0 when a request from {@code client} may proceed, else nanoseconds to wait. */
    long request(SocketAddress client) {
        if (requests == null || !(client instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return 0;
        }
        return exempt(inet.getAddress()) ? 0 : requests.tryTake(inet.getAddress());
    }

    /** 0 when {@code client} (an IP literal, as the servlet gives it) may cause an origin fetch now. */
    long firstRead(String client) {
        if (firstReads == null || client == null) {
            return 0;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(client.startsWith("[") ? client.substring(1, client.length() - 1) : client);
        } catch (UnknownHostException e) {
            return 0; // the servlet gives a literal; a literal needs no lookup and cannot fail
        }
        return exempt(address) ? 0 : firstReads.tryTake(address);
    }

    /** Clients remembered by either limiter (each map is bounded). */
    long clients() {
        return (requests == null ? 0 : requests.clients()) + (firstReads == null ? 0 : firstReads.clients());
    }

    private boolean exempt(InetAddress address) {
        return !limits.limitLoopback() && address.isLoopbackAddress();
    }
}
