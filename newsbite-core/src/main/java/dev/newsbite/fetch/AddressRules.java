package dev.newsbite.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which IP addresses a fetch from the open web may reach: public unicast only. Everything else
 * (loopback, private, link-local, carrier-grade NAT, multicast, broadcast, documentation and
 * reserved ranges, IPv6 unique-local) could reach the machine itself or its intranet, so a URL
 * handed in by a stranger must not lead there. IPv6 forms that carry an IPv4 address (mapped,
 * NAT64, 6to4) are judged by the address they carry.
 *
 * <p>Checked against the IANA IPv4 and IPv6 special-purpose address registries: every block there
 * that is not globally reachable is refused. IPv6 is refused outside 2000::/3 altogether (which
 * takes in the IPv4-compatible and SIIT forms, 100::/64, 64:ff9b:1::/48, 5f00::/16 and whatever is
 * assigned there later), and 2001::/23 whole, including its few globally reachable anycast
 * addresses, which no news page lives on.
 */
public final class AddressRules {
    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "a 'this network' address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a carrier-grade NAT address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.0.0/16", "a link-local address"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "an IETF protocol address"),
            range("192.0.2.0/24", "a documentation address"),
            range("192.88.99.0/24", "a 6to4 relay address"),
            range("192.168.0.0/16", "a private address"),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("224.0.0.0/4", "a multicast address"),
            range("255.255.255.255/32", "the broadcast address"),
            range("240.0.0.0/4", "a reserved address"));

    /** Outside 2000::/3 nothing is global unicast, except the forms below that carry IPv4. */
    private static final Range IPV6_GLOBAL = range("2000::/3", "");
    private static final Range IPV4_MAPPED = range("::ffff:0:0/96", "");
    private static final Range NAT64 = range("64:ff9b::/96", "");
    private static final Range SIX_TO_FOUR = range("2002::/16", "");

    private static final List<Range> IPV6_OUTSIDE_GLOBAL = List.of(
            range("::/128", "the unspecified address"),
            range("::1/128", "a loopback address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("fc00::/7", "a unique local (private) address"),
            range("ff00::/8", "a multicast address"));

    private static final List<Range> IPV6_INSIDE_GLOBAL = List.of(
            range("2001::/23", "an IETF protocol address (Teredo and others)"),
            range("2001:db8::/32", "a documentation address"),
            range("3fff::/20", "a documentation address"));

    private AddressRules() {
    }

    /** True when {@code address} is public unicast. */
    public static boolean isPublic(InetAddress address) {
        return whyRefused(address) == null;
    }

    /**
     * Null when {@code address} is public unicast; else what it is, as words to follow "is" in a
     * message ("a loopback address").
     */
    public static String whyRefused(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? whyRefusedV4(bytes) : whyRefusedV6(bytes);
    }

    private static String whyRefusedV4(byte[] bytes) {
        for (Range r : IPV4) {
            if (r.contains(bytes)) {
                return r.what;
            }
        }
        return null;
    }

    private static String whyRefusedV6(byte[] bytes) {
        if (IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return carried(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return carried(Arrays.copyOfRange(bytes, 2, 6));
        }
        if (!IPV6_GLOBAL.contains(bytes)) {
            for (Range r : IPV6_OUTSIDE_GLOBAL) {
                if (r.contains(bytes)) {
                    return r.what;
                }
            }
            return "a reserved IPv6 address";
        }
        for (Range r : IPV6_INSIDE_GLOBAL) {
            if (r.contains(bytes)) {
                return r.what;
            }
        }
        return null;
    }

    private static String carried(byte[] v4) {
        String why = whyRefusedV4(v4);
        return why == null ? null : "an IPv6 form of " + why;
    }

    private record Range(byte[] prefix, int bits, String what) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static Range range(String cidr, String what) {
        int slash = cidr.indexOf('/');
        try {
            // Literals only: InetAddress parses them without any name lookup.
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.indexOf(':') >= 0 && prefix.length == 4) {
                // ::ffff:0:0 comes back as an IPv4 address; rebuild its 16-byte form.
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xFF;
                v6[11] = (byte) 0xFF;
                System.arraycopy(prefix, 0, v6, 12, 4);
                prefix = v6;
            }
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), what);
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
