package dev.newsbite.fetch;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Apache HttpClient behind a {@link Fetcher}: HTTP/1.1, a bounded connection pool, and every
 * connection's addresses from a {@link CheckedDnsResolver}. Everything a client could do on its
 * own is off: redirects (the fetcher follows them by hand, checking each hop), decompression (the
 * fetcher's is capped), cookies, authentication, proxies from system properties, protocol
 * upgrades, and retries other than one for a pooled connection the server had already closed.
 */
final class HttpTransport {
    /** Connections kept in all, and per host: enough for a reader's concurrent fetches, bounded. */
    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_HOST = 8;
    /** A pooled connection unused this long is checked before reuse (the server may have closed it). */
    private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(2);
    /** Nor is any connection kept longer than this, or idle longer than that. */
    private static final TimeValue TIME_TO_LIVE = TimeValue.ofMinutes(2);
    private static final Timeout IDLE_TIMEOUT = Timeout.ofSeconds(30);

    private HttpTransport() {
    }

    static CloseableHttpClient client(FetchPolicy policy, CheckedDnsResolver resolver) {
        return client(policy, resolver, HttpTransport::upgradeToTls);
    }

    /** With {@code tls} for https connections (tests: a trust store of their own). */
    static CloseableHttpClient client(FetchPolicy policy, CheckedDnsResolver resolver, TlsSocketStrategy tls) {
        Timeout connectTimeout = Timeout.ofMilliseconds(Math.max(1, policy.connectTimeout().toMillis()));
        Timeout socketTimeout = Timeout.ofMilliseconds(Math.max(1, policy.totalTimeout().toMillis()));
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setTlsSocketStrategy(tls)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                .setDefaultSocketConfig(SocketConfig.custom()
                        .setSoTimeout(socketTimeout)
                        .setTcpNoDelay(true)
                        .build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(socketTimeout)
                        .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
                        .setTimeToLive(TIME_TO_LIVE)
                        .setIdleTimeout(IDLE_TIMEOUT)
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .setRetryStrategy(new StaleConnectionRetry())
                .setUserAgent(policy.userAgent())
                .build();
    }

    /**
     * TLS over a connected socket, with SNI and the certificate checked for {@code target}: the
     * host name of the URL, not the address connected to. Built on first use and shared by every
     * fetcher (loading the trust store costs a few hundred milliseconds).
     */
    private static SSLSocket upgradeToTls(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return Tls.STRATEGY.upgrade(socket, target, port, attachment, context);
    }

    /** TLS trusting what {@code context} trusts, with the usual host name checks. */
    static TlsSocketStrategy tls(SSLContext context) {
        return ClientTlsStrategyBuilder.create().setSslContext(context).buildClassic();
    }

    private static final class Tls {
        static final TlsSocketStrategy STRATEGY = tls(SSLContexts.createSystemDefault());
    }

    /**
     * One more try when a connection from the pool turns out closed before any answer came; never
     * for an answer (a 503 is the origin's word, not a reason to ask again).
     */
    private static final class StaleConnectionRetry implements HttpRequestRetryStrategy {
        @Override
        public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
            return execCount <= 1 && exception instanceof NoHttpResponseException;
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }

        @Override
        public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.of(0, TimeUnit.MILLISECONDS);
        }
    }
}
