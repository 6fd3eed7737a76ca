package dev.newsbite.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. A {@link Fetcher} asks once per new connection, checks every
 * address it gets, and connects only to those: what is checked is what is connected to. Host
 * names that spell an IP address ({@code 127.1}, {@code 0x7f000001}, {@code [::1]}) and
 * {@code localhost} with the names under it never get here: the fetcher reads those itself. Tests
 * plug in their own resolver to make a name resolve to a private address, or to answer
 * differently the second time (DNS rebinding).
 */
@FunctionalInterface
public interface HostResolver {
    /** The addresses of the name {@code host}; never empty (throw instead). */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's name service (hosts file, DNS), as {@link InetAddress#getAllByName} asks it. */
    static HostResolver system() {
        return SystemHostResolver.INSTANCE;
    }
}
