package dev.newsbite.fetch;

import dev.newsbite.source.BoundedBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * Fetches one HTML page safely, by the rules of a {@link FetchPolicy}: http and https only, every
 * host (redirect hops included) resolved and refused when it is not a public address, redirects
 * followed by hand up to a limit, the body capped as sent and after gzip/deflate decompression,
 * one time limit for the whole fetch. Thread-safe: build one and share it.
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchPolicy.defaults());
 * FetchResult page = fetcher.fetch("https://example.com/news/story");
 * Extraction e = extractor.extract(page.body(), page.url().toString(), page.contentType());
 * }</pre>
 *
 * <p>Known limit: the host is resolved for the check and again by the HTTP client when it
 * connects; a name server that answers differently the second time (DNS rebinding) can slip past.
 * Deployments that fetch for strangers should also block private ranges at the network level.
 */
public final class Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final FetchPolicy policy;
    /** What is wrong with an address (null when fine); null itself when every address is allowed. */
    private final Function<InetAddress, String> addressCheck;
    private final HttpClient client;

    public Fetcher(FetchPolicy policy) {
        this(policy, policy.allowPrivate() ? null : AddressRules::whyRefused);
    }

    /** For tests: a custom address rule, so a loopback server can stand in for public and private hosts. */
    Fetcher(FetchPolicy policy, Function<InetAddress, String> addressCheck) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.addressCheck = addressCheck;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
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
        Objects.requireNonNull(validators, "validators");
        URI current = HttpUrls.check(Objects.requireNonNull(url, "url"), url.toString());
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        for (int redirects = 0; ; redirects++) {
            checkHost(current);
            HttpResponse<byte[]> response = send(request(current, validators, deadline), deadline);
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (isRedirect(status)) {
                String location = headers.firstValue("location").orElseThrow(() -> new FetchException(
                        FetchException.Kind.HTTP_STATUS, "HTTP " + status + " without a Location from " + response.uri(),
                        status, null));
                if (redirects >= policy.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS,
                            "more than " + policy.maxRedirects() + " redirects, the last to " + location);
                }
                current = HttpUrls.redirect(current, location);
                continue;
            }
            return result(current, response, validators);
        }
    }

    private HttpRequest request(URI uri, Validators validators, long deadline) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(remaining(deadline, uri))
                .header("User-Agent", policy.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // Plain HTTP/1.1: the HTTP/2 cleartext upgrade dance confuses some servers.
            b.version(HttpClient.Version.HTTP_1_1);
        }
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        return b.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline) throws FetchException {
        URI uri = request.uri();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> wantsBody(info.statusCode(), info.headers()) ? CappedBody.upTo(policy.maxBytes()) : CappedBody.skip());
        try {
            return future.get(remaining(deadline, uri).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.TIMEOUT, "interrupted while fetching " + uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private FetchResult result(URI url, HttpResponse<byte[]> response, Validators sent) throws FetchException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        String contentType = headers.firstValue("content-type").orElse(null);
        String etag = headers.firstValue("etag").orElse(null);
        String lastModified = headers.firstValue("last-modified").orElse(null);
        if (status == 304 && !sent.isEmpty()) {
            return new FetchResult(url, status, contentType, new byte[0],
                    etag != null ? etag : sent.etag(), lastModified != null ? lastModified : sent.lastModified());
        }
        if (status < 200 || status > 299) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, "HTTP " + status + " from " + url, status, null);
        }
        if (!isHtml(contentType)) {
            throw new FetchException(FetchException.Kind.NOT_HTML, "not an HTML page (" + contentType + "): " + url);
        }
        if (declaredLength(headers) > policy.maxBytes()) {
            throw tooLarge(url);
        }
        byte[] body = decode(url, response.body(), headers.firstValue("content-encoding"));
        return new FetchResult(url, status, contentType, body, etag, lastModified);
    }

    private byte[] decode(URI url, byte[] body, Optional<String> contentEncoding) throws FetchException {
        String encoding = contentEncoding.map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse("identity");
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
                    + " (" + oneLine(outcome.failure()) + ")", outcome.failure());
        }
        return outcome.bytes();
    }

    private void checkHost(URI uri) throws FetchException {
        if (addressCheck == null) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.UNREACHABLE, "cannot resolve host " + host, e);
        }
        // All of them: the client may connect to any.
        for (InetAddress address : addresses) {
            String why = addressCheck.apply(address);
            if (why != null) {
                String literal = address.getHostAddress();
                String subject = stripBrackets(host).equalsIgnoreCase(literal) ? literal : host + " resolves to " + literal;
                throw new FetchException(FetchException.Kind.REFUSED_ADDRESS,
                        "refused: " + subject + ", " + why + " (only public addresses are fetched)");
            }
        }
    }

    /** Only a page worth reading is downloaded: no redirect bodies, error pages or videos. */
    private boolean wantsBody(int status, HttpHeaders headers) {
        return status >= 200 && status <= 299 && status != 204
                && isHtml(headers.firstValue("content-type").orElse(null))
                && declaredLength(headers) <= policy.maxBytes();
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

    private static long declaredLength(HttpHeaders headers) {
        return headers.firstValueAsLong("content-length").orElse(-1L);
    }

    private Duration remaining(long deadline, URI uri) throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timeout(uri);
        }
        return Duration.ofNanos(Math.max(left, NANOS_PER_MILLI));
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Kind.TIMEOUT,
                "no complete answer within " + seconds(policy.totalTimeout()) + " from " + uri);
    }

    private FetchException tooLarge(URI uri) {
        return new FetchException(FetchException.Kind.TOO_LARGE,
                "page larger than " + policy.maxBytes() + " bytes: " + uri);
    }

    private FetchException failure(URI uri, Throwable cause) {
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CappedBody.TooLarge) {
            return tooLarge(uri);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, "could not connect within "
                    + seconds(policy.connectTimeout()) + " to " + uri.getHost(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, timeout(uri).getMessage(), cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(FetchException.Kind.UNREACHABLE, "cannot connect to " + hostPort(uri)
                    + (cause.getMessage() == null ? "" : " (" + oneLine(cause) + ")"), cause);
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
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

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).strip();
    }
}
