package dev.newsbite.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that a URL is one a {@link Fetcher} may ask for: absolute http or https with a host. */
final class HttpUrls {
    private HttpUrls() {
    }

    /** Parses a URL typed or pasted by a person (spaces and non-ASCII hosts are forgiven). */
    static URI parse(String text) throws FetchException {
        String cleaned = text.strip().replace(" ", "%20");
        try {
            return check(new URI(cleaned), text);
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "not a valid URL (" + e.getReason() + "): " + text);
        }
    }

    /** {@code location} resolved against {@code base}, checked like any other URL. */
    static URI redirect(URI base, String location) throws FetchException {
        try {
            return check(base.resolve(new URI(location.strip().replace(" ", "%20"))), location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "redirect to an invalid URL: " + location);
        }
    }

    static URI check(URI uri, String asGiven) throws FetchException {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new FetchException(FetchException.Kind.BAD_URL, "only http and https URLs can be fetched: " + asGiven);
        }
        if (uri.getHost() == null) {
            uri = withAsciiHost(uri, asGiven);
        }
        try {
            // Non-ASCII in the path or query is percent-encoded, as browsers send it.
            return new URI(uri.toASCIIString());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "not a valid URL: " + asGiven);
        }
    }

    /** java.net.URI leaves the host null for internationalised names; give it their ASCII form. */
    private static URI withAsciiHost(URI uri, String asGiven) throws FetchException {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new FetchException(FetchException.Kind.BAD_URL, "URL has no host: " + asGiven);
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            StringBuilder s = new StringBuilder(uri.getScheme()).append("://").append(userInfo).append(ascii).append(port);
            s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                s.append('?').append(uri.getRawQuery());
            }
            URI rebuilt = new URI(s.toString());
            if (rebuilt.getHost() == null) {
                throw new FetchException(FetchException.Kind.BAD_URL, "URL has no valid host: " + asGiven);
            }
            return rebuilt;
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "URL has no valid host: " + asGiven);
        }
    }
}
