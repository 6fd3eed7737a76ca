package dev.newsbite.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only place the HTTP client learns where to connect. Each new connection asks once; the
 * answer is checked, every address of it, and only then handed over, so the client connects to
 * exactly what was checked (a name server that answers differently the next time, DNS rebinding,
 * gains nothing). Host names that spell an IP address are read here and never looked up;
 * {@code localhost} and the names under it are loopback whatever a name server says.
 */
final class CheckedDnsResolver implements DnsResolver {
    private static final byte[] LOOPBACK_V4 = {127, 0, 0, 1};
    private static final byte[] LOOPBACK_V6 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    /** A host whose addresses are not allowed; {@link #getMessage()} says which and why. */
    static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Name lookups at once, at most; the fetches of a busy reader, with room for a few stuck ones. */
    private static final int MAX_LOOKUPS = 32;
    private static final ThreadPoolExecutor LOOKUPS = lookups();
    /** The deadline of the fetch the current thread is making (the classic client connects on the caller's thread). */
    private static final ThreadLocal<FetchDeadline> CURRENT_DEADLINE = new ThreadLocal<>();

    private final HostResolver names;
    /** What is wrong with an address (null when fine); null itself when every address is allowed. */
    private final Function<InetAddress, String> addressCheck;

    CheckedDnsResolver(HostResolver names, Function<InetAddress, String> addressCheck) {
        this.names = names;
        this.addressCheck = addressCheck;
    }

    /** The checked addresses of {@code host}, in the order given. */
    List<InetAddress> addresses(String host) throws UnknownHostException {
        InetAddress literal = IpLiterals.parse(host);
        List<InetAddress> found = literal != null ? List.of(literal) : lookUp(host);
        if (addressCheck == null) {
            return found;
        }
        // All of them: the client tries them in turn and may connect to any.
        for (InetAddress address : found) {
            String why = addressCheck.apply(address);
            if (why != null) {
                throw new Refused("refused: " + subject(host, literal != null, address.getHostAddress()) + ", " + why
                        + " (only public addresses are fetched)");
            }
        }
        return found;
    }

    /** "127.0.0.1", "0x7f.1 (127.0.0.1)" or "intranet.example resolves to 10.0.0.5". */
    private static String subject(String host, boolean isLiteral, String address) {
        String bare = stripBrackets(host);
        if (bare.equalsIgnoreCase(address)) {
            return address;
        }
        return isLiteral ? bare + " (" + address + ")" : host + " resolves to " + address;
    }

    private List<InetAddress> lookUp(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new UnknownHostException("empty host name");
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            // RFC 6761: loopback, never sent to a name server (which might say otherwise for "localhost.").
            return List.of(InetAddress.getByAddress(host, LOOPBACK_V4), InetAddress.getByAddress(host, LOOPBACK_V6));
        }
        List<InetAddress> found = resolveInTime(host);
        if (found == null || found.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return List.copyOf(found);
    }

    /**
     * Asks {@link #names}, waiting no longer than the fetch under way may still take: a name
     * server that never answers must not hold a fetch past its deadline. The lookup itself cannot
     * be interrupted, so it runs on a thread of its own and is left to finish there.
     */
    private List<InetAddress> resolveInTime(String host) throws UnknownHostException {
        FetchDeadline deadline = CURRENT_DEADLINE.get();
        if (deadline == null) {
            return names.resolve(host);
        }
        Future<List<InetAddress>> answer;
        try {
            answer = LOOKUPS.submit(() -> names.resolve(host));
        } catch (RejectedExecutionException e) {
            throw new UnknownHostException("cannot resolve " + host + " now: too many name lookups under way");
        }
        try {
            return answer.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new UnknownHostException("no answer from the name server for " + host + " in time");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnknownHostException("interrupted while resolving " + host);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            UnknownHostException failed = new UnknownHostException("cannot resolve " + host);
            failed.initCause(e.getCause());
            throw failed;
        }
    }

    /** Runs {@code call} with {@code deadline} bounding the name lookups it makes on this thread. */
    static <T> T within(FetchDeadline deadline, IoCall<T> call) throws IOException {
        CURRENT_DEADLINE.set(deadline);
        try {
            return call.run();
        } finally {
            CURRENT_DEADLINE.remove();
        }
    }

    /** Something that does I/O. */
    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException;
    }

    private static ThreadPoolExecutor lookups() {
        return new ThreadPoolExecutor(0, MAX_LOOKUPS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "newsbite-name-lookup");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return addresses(host).toArray(new InetAddress[0]);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetAddress> found = addresses(host);
        List<InetSocketAddress> out = new ArrayList<>(found.size());
        for (InetAddress address : found) {
            out.add(new InetSocketAddress(address, port));
        }
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Only asked for by Kerberos authentication, which a fetcher never does; no second lookup.
        return host;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
