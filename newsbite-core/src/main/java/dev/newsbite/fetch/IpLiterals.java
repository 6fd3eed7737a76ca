package dev.newsbite.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Host names that are really IP addresses, read the way browsers and the C resolver read them, so
 * the address judged is the address meant and no such name ever reaches DNS: {@code 2130706433},
 * {@code 0x7f000001}, {@code 017700000001}, {@code 0177.0.0.1}, {@code 0x7f.1} and {@code 127.1}
 * are all 127.0.0.1 (the WHATWG URL host parser's IPv4 rules: one to four parts, each decimal,
 * {@code 0x} hex or leading-zero octal, the last part filling the remaining bytes). IPv6 literals
 * may come with or without brackets.
 */
final class IpLiterals {
    private IpLiterals() {
    }

    /**
     * The address {@code host} spells, or null when it is a name to look up.
     *
     * @throws UnknownHostException when it looks like an address (it ends in a number, or has a
     *     colon) but is not a valid one: such a host is never sent to DNS
     */
    static InetAddress parse(String host) throws UnknownHostException {
        String h = host;
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return ipv6(h, host);
        }
        if (!endsInANumber(h)) {
            return null;
        }
        byte[] v4 = ipv4(h);
        if (v4 == null) {
            throw new UnknownHostException("not a valid IPv4 address: " + host);
        }
        return InetAddress.getByAddress(v4);
    }

    private static InetAddress ipv6(String literal, String asGiven) throws UnknownHostException {
        // A zone may arrive percent-encoded from a URL ("fe80::1%25eth0").
        String text = literal.replace("%25", "%");
        int percent = text.indexOf('%');
        String address = percent < 0 ? text : text.substring(0, percent);
        String zone = percent < 0 ? "" : text.substring(percent + 1);
        if (address.isEmpty() || address.charAt(0) == '.'
                || !address.chars().allMatch(c -> c == ':' || c == '.' || (c < 0x80 && Character.digit(c, 16) >= 0))
                || !zone.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.'))
                || (percent >= 0 && zone.isEmpty())) {
            throw new UnknownHostException("not a valid IPv6 address: " + asGiven);
        }
        // With a colon in it, InetAddress parses a literal and never looks anything up.
        InetAddress parsed = InetAddress.getByName(address);
        if (zone.isEmpty() || !(parsed instanceof Inet6Address)) {
            return parsed;
        }
        return withZone(parsed.getAddress(), zone);
    }

    /**
     * The address with its zone when this machine knows the zone; without it otherwise, so the
     * address is still judged (a zone only ever comes with a link-local or scoped address).
     */
    private static InetAddress withZone(byte[] address, String zone) throws UnknownHostException {
        try {
            if (zone.chars().allMatch(c -> c >= '0' && c <= '9') && zone.length() <= 9) {
                return Inet6Address.getByAddress(null, address, Integer.parseInt(zone));
            }
            NetworkInterface nic = NetworkInterface.getByName(zone);
            if (nic != null) {
                return Inet6Address.getByAddress(null, address, nic);
            }
        } catch (SocketException | UnknownHostException e) {
            // Fall through: the address without its zone.
        }
        return InetAddress.getByAddress(address);
    }

    /** WHATWG "ends in a number": the last label (a trailing dot aside) is decimal or 0x-hex. */
    static boolean endsInANumber(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = h.substring(h.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        String lower = last.toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") && lower.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** The four bytes, or null when the text is not an IPv4 address by the WHATWG rules. */
    static byte[] ipv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return null;
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i]);
            if (numbers[i] < 0) {
                return null;
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (numbers[i] > 255) {
                return null;
            }
        }
        int lastBytes = 5 - parts.length;
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * lastBytes)) {
            return null;
        }
        long value = last;
        for (int i = 0; i < parts.length - 1; i++) {
            value |= numbers[i] << (8 * (3 - i));
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** One part: decimal, 0x hex (may be empty: 0) or leading-zero octal; -1 when none, or too big. */
    private static long number(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() > 12) {
            // Leading zeros aside, nothing this long fits in 32 bits; stay clear of overflow.
            digits = stripLeadingZeros(digits);
            if (digits.length() > 12) {
                return -1;
            }
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0 || digits.charAt(i) > 0x7E) {
                return -1;
            }
            value = value * radix + d;
        }
        return value;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
