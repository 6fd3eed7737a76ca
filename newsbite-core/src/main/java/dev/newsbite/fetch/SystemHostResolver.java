package dev.newsbite.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** {@link HostResolver#system()}: the system's name service, through {@link InetAddress}. */
final class SystemHostResolver implements HostResolver {
    static final SystemHostResolver INSTANCE = new SystemHostResolver();

    private SystemHostResolver() {
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
