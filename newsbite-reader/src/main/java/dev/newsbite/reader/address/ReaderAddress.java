package dev.newsbite.reader.address;

import dev.newsbite.render.Format;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The mapping between original URLs and reader paths, both ways.
 *
 * <ul>
 *   <li>{@code https://host/path?query} is read at {@code /host/path?query}; a port other than
 *       443 stays with the host ({@code /host:8443/path}).
 *   <li>{@code http://host/path?query} (plain HTTP) is read at {@code /http:host/path?query}: a host
 *       cannot start with {@code http:}, so the prefix is never ambiguous. Pasted forms such as
 *       {@code /https://host/path} or {@code /http:/host/path} (a collapsed double slash) are
 *       understood too; the server redirects them to the canonical path.
 *   <li>A format: {@code .txt}, {@code .md} or {@code .json} appended to the path (after a final
 *       slash: {@code /host/news/.txt}), or {@code ?format=text|markdown|html|json} (also
 *       {@code txt}, {@code md}). A recognised {@code format} parameter is the reader's and is not
 *       sent to the origin. An original path that itself ends in one of the suffixes is read as
 *       HTML with {@code ?format=html}.
 * </ul>
 *
 * <p>An IPv6 literal is written percent-encoded ({@code /%5B2001:db8::1%5D/path}), as servers
 * refuse raw brackets in a path; the raw form is understood too.
 *
 * <p>The host must look like a host: a name with a dot, {@code localhost}, an IPv4 literal or a
 * bracketed IPv6 literal, with an optional port. So a reader's own routes ({@code /read},
 * {@code /api/...}, {@code /healthz}) never collide with a page.
 */
public final class ReaderAddress {
    private static final String HTTP_PREFIX = "http:";
    /** A DNS name (ASCII or punycode, letters, digits, hyphens, underscores seen in the wild) or IPv4. */
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\\.[a-z0-9_-]{1,63})*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]{2,45}(?:%25[a-z0-9]+)?]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private ReaderAddress() {
    }

    /**
     * The target of a request, from its raw (still percent-encoded) path and raw query (null when
     * absent); empty when the path is not a reader address.
     */
    public static Optional<ReaderTarget> parse(String rawPath, String rawQuery) {
        if (rawPath == null || rawPath.length() < 2 || rawPath.charAt(0) != '/') {
            return Optional.empty();
        }
        String rest = rawPath.substring(1);
        String scheme = "https";
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:")) {
            rest = stripSlashes(rest.substring("https:".length()));
        } else if (lower.startsWith(HTTP_PREFIX)) {
            scheme = "http";
            rest = stripSlashes(rest.substring(HTTP_PREFIX.length()));
        }
        int slash = rest.indexOf('/');
        String authority = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT)
                .replace("%5b", "[").replace("%5d", "]").replace("%3a", ":");
        String path = slash < 0 ? "/" : rest.substring(slash);
        String hostPort = canonicalAuthority(authority, scheme);
        if (hostPort == null) {
            return Optional.empty();
        }
        Format format = Format.HTML;
        String query = rawQuery;
        QueryFormat asked = query == null ? null : QueryFormat.take(query);
        if (asked != null && asked.format() != null) {
            // An explicit format wins, and the path is the original's as it stands.
            format = asked.format();
            query = asked.rest();
        } else if (slash >= 0) {
            for (Suffix s : Suffix.values()) {
                if (path.endsWith(s.suffix)) {
                    format = s.format;
                    path = path.substring(0, path.length() - s.suffix.length());
                    break;
                }
            }
            if (path.isEmpty()) {
                path = "/";
            }
        }
        String text = scheme + "://" + hostPort + path + (query == null ? "" : "?" + query);
        try {
            URI origin = new URI(text);
            if (origin.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new ReaderTarget(origin, format));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The reader page path for {@code url}, or empty when it is not an http(s) URL with a host. */
    public static Optional<String> pathFor(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(pathFor(uri, Format.HTML));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The canonical reader path (path and query, percent-encoded) for {@code origin} in {@code format}. */
    public static String pathFor(URI origin, Format format) {
        String scheme = origin.getScheme().toLowerCase(Locale.ROOT);
        String host = origin.getHost().toLowerCase(Locale.ROOT);
        int port = origin.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        StringBuilder out = new StringBuilder(64).append('/');
        if (scheme.equals("http")) {
            out.append(HTTP_PREFIX);
        }
        // Servers refuse raw brackets in a path, so an IPv6 literal travels percent-encoded.
        out.append(host.startsWith("[") ? host.replace("[", "%5B").replace("]", "%5D") : host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = origin.getRawPath() == null || origin.getRawPath().isEmpty() ? "/" : origin.getRawPath();
        out.append(path);
        String query = origin.getRawQuery();
        boolean needsFormatParam = false;
        switch (format) {
            case TEXT -> out.append(".txt");
            case MARKDOWN -> out.append(".md");
            case JSON -> out.append(".json");
            case HTML -> needsFormatParam = Suffix.endsWithAny(path);
        }
        if (query != null) {
            out.append('?').append(query);
        }
        if (needsFormatParam) {
            out.append(query == null ? '?' : '&').append("format=html");
        }
        return out.toString();
    }

    private static String stripSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    /** host[:port] in canonical form (default port dropped), or null when it is not a host. */
    private static String canonicalAuthority(String authority, String scheme) {
        if (authority.isEmpty() || authority.indexOf('@') >= 0) {
            return null;
        }
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return null;
                }
                port = after.substring(1);
            }
            if (!IPV6.matcher(host).matches()) {
                return null;
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
            if (!HOST_NAME.matcher(host).matches() || host.length() > 253) {
                return null;
            }
            if (host.indexOf('.') < 0 && !host.equals("localhost")) {
                return null;
            }
        }
        if (port != null) {
            if (!PORT.matcher(port).matches()) {
                return null;
            }
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65_535) {
                return null;
            }
            boolean isDefault = (scheme.equals("https") && p == 443) || (scheme.equals("http") && p == 80);
            return isDefault ? host : host + ":" + p;
        }
        return host;
    }

    /** The format suffixes, longest match irrelevant: none is a suffix of another. */
    private enum Suffix {
        TXT(".txt", Format.TEXT),
        MD(".md", Format.MARKDOWN),
        JSON(".json", Format.JSON);

        final String suffix;
        final Format format;

        Suffix(String suffix, Format format) {
            this.suffix = suffix;
            this.format = format;
        }

        static boolean endsWithAny(String path) {
            for (Suffix s : values()) {
                if (path.endsWith(s.suffix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A recognised {@code format=} parameter taken out of a raw query. */
    private record QueryFormat(Format format, String rest) {
        static QueryFormat take(String rawQuery) {
            Format found = null;
            StringBuilder rest = new StringBuilder(rawQuery.length());
            for (String pair : rawQuery.split("&", -1)) {
                Format f = pair.regionMatches(true, 0, "format=", 0, 7) ? named(pair.substring(7)) : null;
                if (f != null) {
                    found = f;
                    continue;
                }
                if (rest.length() > 0) {
                    rest.append('&');
                }
                rest.append(pair);
            }
            return new QueryFormat(found, found == null ? rawQuery : rest.length() == 0 ? null : rest.toString());
        }

        private static Format named(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "html" -> Format.HTML;
                case "text", "txt" -> Format.TEXT;
                case "markdown", "md" -> Format.MARKDOWN;
                case "json" -> Format.JSON;
                default -> null;
            };
        }
    }
}
