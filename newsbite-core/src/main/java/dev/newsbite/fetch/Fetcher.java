package dev.newsbite.fetch;

import dev.newsbite.source.BoundedBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one HTML page safely, by the rules of a {@link FetchPolicy}: http and https only, every
 * host (redirect hops included) resolved and refused when it is not a public address, redirects
 * followed by hand up to a limit, the body capped as sent and after gzip/deflate decompression,
 * one time limit for the whole fetch. Thread-safe: build one and share it (it keeps a small pool
 * of open connections).
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchPolicy.defaults());
 * FetchResult page = fetcher.fetch("https://example.com/news/story");
 * Extraction e = extractor.extract(page.body(), page.url().toString(), page.contentType());
 * }</pre>
 *
 * <p>Each new connection resolves its host once, through a {@link HostResolver}; every address of
 * the answer is checked, and the connection is made to those addresses only. A name server that
 * answers "public" to the check and "loopback" to the connection (DNS rebinding) has no second
 * question to answer. Host names that spell an address in decimal, octal or hex are read as that
 * address and never looked up.
 */
public final class Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    /** For {@link #fetchPageOrFeed}: a site's feed or its section page, whichever the address holds. */
    private static final String ACCEPT_FEEDS = "application/atom+xml,application/rss+xml,application/xml;q=0.9,"
            + "text/xml;q=0.9,text/html;q=0.8,application/xhtml+xml;q=0.8,*/*;q=0.1";
    /** Bodies of redirects and error pages up to this size are read out, so their connection can be reused. */
    private static final int DRAIN_LIMIT = 16 * 1024;

    private final FetchPolicy policy;
    private final CloseableHttpClient client;

    public Fetcher(FetchPolicy policy) {
        this(policy, HostResolver.system(), policy.allowPrivate() ? null : AddressRules::whyRefused);
    }

    /**
     * A fetcher whose host names are resolved by {@code resolver}; its answers are checked like
     * any other (a static factory: a constructor would make {@code new Fetcher(policy, lambda)}
     * ambiguous).
     */
    public static Fetcher withResolver(FetchPolicy policy, HostResolver resolver) {
        return new Fetcher(policy, resolver, policy.allowPrivate() ? null : AddressRules::whyRefused);
    }

    /** For tests: a custom address rule, so a loopback server can stand in for public and private hosts. */
    Fetcher(FetchPolicy policy, Function<InetAddress, String> addressCheck) {
        this(policy, HostResolver.system(), addressCheck);
    }

    /** For tests: a custom resolver and address rule (null: every address allowed). */
    Fetcher(FetchPolicy policy, HostResolver resolver, Function<InetAddress, String> addressCheck) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.client = HttpTransport.client(policy,
                new CheckedDnsResolver(Objects.requireNonNull(resolver, "resolver"), addressCheck));
    }

    /** For tests: as above, trusting the certificates {@code trust} trusts instead of the system's. */
    Fetcher(FetchPolicy policy, HostResolver resolver, Function<InetAddress, String> addressCheck, SSLContext trust) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.client = HttpTransport.client(policy,
                new CheckedDnsResolver(Objects.requireNonNull(resolver, "resolver"), addressCheck), HttpTransport.tls(trust));
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** Fetches {@code url} (as typed: surrounding spaces and non-ASCII hosts are forgiven). */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(HttpUrls.parse(Objects.requireNonNull(url, "url")), Validators.none());
    }

    public FetchResult fetch(URI url) throws FetchException {
        return fetch(url, Validators.none());
    }

    /**
     * Fetches {@code url}, conditionally when {@code validators} are given: a page unchanged since
     * comes back with status 304 and an empty body ({@link FetchResult#notModified()}).
     */
    public FetchResult fetch(URI url, Validators validators) throws FetchException {
        return fetch(url, validators, false);
    }

    /**
     * As {@link #fetch(URI, Validators)}, also taking RSS and Atom feeds: XML content types are
     * accepted besides HTML (the caller tells them apart by the body).
     */
    public FetchResult fetchPageOrFeed(URI url, Validators validators) throws FetchException {
        return fetch(url, validators, true);
    }

    private FetchResult fetch(URI url, Validators validators, boolean feeds) throws FetchException {
        Objects.requireNonNull(validators, "validators");
        URI current = HttpUrls.check(Objects.requireNonNull(url, "url"), url.toString());
        try (FetchDeadline deadline = new FetchDeadline(policy.totalTimeout().toNanos())) {
            for (int redirects = 0; ; redirects++) {
                HttpGet request = request(current, validators, deadline, feeds);
                ClassicHttpResponse response = send(current, request, deadline);
                try {
                    int status = response.getCode();
                    if (isRedirect(status)) {
                        String location = header(response, "location");
                        if (location == null) {
                            throw new FetchException(FetchException.Kind.HTTP_STATUS,
                                    "HTTP " + status + " without a Location from " + current, status, null);
                        }
                        if (redirects >= policy.maxRedirects()) {
                            throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS,
                                    "more than " + policy.maxRedirects() + " redirects, the last to " + location);
                        }
                        URI next = HttpUrls.redirect(current, location);
                        discardBody(request, response);
                        current = next;
                        continue;
                    }
                    return result(current, request, response, validators, deadline, feeds);
                } finally {
                    close(response);
                }
            }
        }
    }

    private HttpGet request(URI uri, Validators validators, FetchDeadline deadline, boolean feeds)
            throws FetchException {
        long left = deadline.remainingNanos();
        if (left == 0) {
            throw timeout(uri);
        }
        HttpGet get = new HttpGet(onTheWire(uri));
        Timeout wait = Timeout.of(left, TimeUnit.NANOSECONDS);
        get.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(wait)
                // The socket timeout of this exchange: no read waits past the deadline.
                .setResponseTimeout(wait)
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false)
                .setAuthenticationEnabled(false)
                .setProtocolUpgradeEnabled(false)
                .setExpectContinueEnabled(false)
                .setHardCancellationEnabled(true)
                .build());
        get.setHeader("User-Agent", policy.userAgent());
        get.setHeader("Accept", feeds ? ACCEPT_FEEDS : ACCEPT);
        get.setHeader("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        return get;
    }

    private ClassicHttpResponse send(URI uri, HttpGet request, FetchDeadline deadline) throws FetchException {
        deadline.watch(request);
        try {
            // The host as a name (never an address object): the connection's addresses come from the resolver only.
            HttpHost target = new HttpHost(uri.getScheme().toLowerCase(Locale.ROOT), bareHost(uri), uri.getPort());
            return CheckedDnsResolver.within(deadline, () -> client.executeOpen(target, request, HttpClientContext.create()));
        } catch (IOException | RuntimeException e) {
            throw failure(uri, e, deadline);
        }
    }

    private FetchResult result(URI url, HttpGet request, ClassicHttpResponse response, Validators sent,
            FetchDeadline deadline, boolean feeds) throws FetchException {
        int status = response.getCode();
        String contentType = header(response, "content-type");
        String etag = header(response, "etag");
        String lastModified = header(response, "last-modified");
        if (status == 304 && !sent.isEmpty()) {
            return new FetchResult(url, status, contentType, new byte[0],
                    etag != null ? etag : sent.etag(), lastModified != null ? lastModified : sent.lastModified());
        }
        if (status < 200 || status > 299) {
            discardBody(request, response);
            throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " from " + url, status, null);
        }
        if (!isHtml(contentType) && !(feeds && isFeed(contentType))) {
            discardBody(request, response);
            throw new FetchException(FetchException.Kind.NOT_HTML, "not an HTML page (" + contentType + "): " + url);
        }
        if (declaredLength(response) > policy.maxBytes()) {
            request.cancel();
            throw tooLarge(url);
        }
        byte[] raw = readBody(url, request, response, deadline);
        byte[] body = decode(url, raw, header(response, "content-encoding"));
        return new FetchResult(url, status, contentType, body, etag, lastModified);
    }

    /** The body as sent, at most the cap; past it the download stops and the connection is dropped. */
    private byte[] readBody(URI url, HttpGet request, ClassicHttpResponse response, FetchDeadline deadline)
            throws FetchException {
        HttpEntity entity = response.getEntity();
        if (entity == null || response.getCode() == 204) {
            return new byte[0];
        }
        try {
            InputStream in = entity.getContent();
            BoundedBytes.Outcome outcome = BoundedBytes.read(in, policy.maxBytes());
            if (outcome.complete()) {
                // At the end of the body: closing hands the connection back to the pool.
                in.close();
                return outcome.bytes();
            }
            // Before any close: closing the stream would first read out the rest of the body.
            request.cancel();
            throw outcome.overflowed() ? tooLarge(url) : failure(url, outcome.failure(), deadline);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw failure(url, e, deadline);
        }
    }

    private byte[] decode(URI url, byte[] body, String contentEncoding) throws FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        BoundedBytes.Outcome outcome;
        switch (encoding) {
            case "", "identity" -> {
                return body;
            }
            case "gzip", "x-gzip" -> outcome = BoundedBytes.gunzip(new ByteArrayInputStream(body), policy.maxBytes());
            case "deflate" -> outcome = BoundedBytes.inflate(body, policy.maxBytes());
            default -> throw new FetchException(FetchException.Kind.NOT_HTML,
                    "unsupported Content-Encoding '" + encoding + "': " + url);
        }
        if (outcome.overflowed()) {
            throw tooLarge(url);
        }
        if (outcome.failure() != null) {
            throw new FetchException(FetchException.Kind.UNREACHABLE, "corrupt " + encoding + " body from " + url
                    + " (" + FetchFailures.oneLine(outcome.failure()) + ")", outcome.failure());
        }
        return outcome.bytes();
    }

    /**
     * A body nobody reads (a redirect, an error page, a video): a small one is read out so the
     * connection goes back to the pool; anything larger, or of unknown length, drops the connection.
     */
    private static void discardBody(HttpGet request, ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return;
        }
        long length = entity.getContentLength();
        if (length < 0 || length > DRAIN_LIMIT) {
            request.cancel();
            return;
        }
        try (InputStream in = entity.getContent()) {
            in.skipNBytes(length);
        } catch (IOException | RuntimeException e) {
            request.cancel();
        }
    }

    /**
     * Ends the exchange. A body read to its end has already given its connection back to the pool;
     * any other connection is closed at once (a plain close would first read out the rest of a
     * body nobody wants, however long).
     */
    private static void close(ClassicHttpResponse response) {
        try {
            if (response instanceof ModalCloseable modal) {
                modal.close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        } catch (IOException | RuntimeException e) {
            // The page is read (or the failure reported); a failing close changes nothing for the caller.
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** HTML, XHTML, or unsaid (the extractor sniffs the bytes). */
    private static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** RSS, Atom, RDF or plain XML: what sites send their feeds as. */
    private static boolean isFeed(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/rss+xml") || type.equals("application/atom+xml")
                || type.equals("application/rdf+xml") || type.equals("application/xml") || type.equals("text/xml");
    }

    private static long declaredLength(ClassicHttpResponse response) {
        String value = header(response, "content-length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    /** The URL as it goes on the wire: no user name or password (never sent), no fragment. */
    private static URI onTheWire(URI uri) throws FetchException {
        if (uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
            return uri;
        }
        StringBuilder s = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            s.append(':').append(uri.getPort());
        }
        s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            s.append('?').append(uri.getRawQuery());
        }
        try {
            return new URI(s.toString());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.BAD_URL, "not a valid URL: " + uri);
        }
    }

    private FetchException timeout(URI uri) {
        return FetchFailures.timeout(uri, policy);
    }

    private FetchException tooLarge(URI uri) {
        return FetchFailures.tooLarge(uri, policy);
    }

    private FetchException failure(URI uri, Throwable cause, FetchDeadline deadline) {
        return FetchFailures.of(uri, cause, deadline.expired(), policy);
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
