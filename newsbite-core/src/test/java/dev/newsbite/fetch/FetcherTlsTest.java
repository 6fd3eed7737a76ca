package dev.newsbite.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS while the address is pinned: the connection goes to the checked address, yet the TLS
 * handshake is for the name in the URL (SNI), and the certificate must be valid for that name.
 * An HTTPS server on loopback with a certificate for {@code news.test} only, made by keytool.
 */
@Timeout(60)
class FetcherTlsTest {
    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static ExecutorService threads;
    private static SSLContext trustingTheTestCertificate;
    private static volatile String lastSni;

    private static final HostResolver NAMES = host -> {
        if (host.equals("news.test") || host.equals("other.test")) {
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        throw new UnknownHostException(host);
    };

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "keytool is needed to make the test certificate");
        Path store = dir.resolve("news.p12");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "news", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=news.test", "-ext", "SAN=dns:news.test", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        try (InputStream out = p.getInputStream()) {
            out.readAllBytes();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("keytool made the certificate").isTrue();

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        trustingTheTestCertificate = SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", ex -> {
            lastSni = sni(((HttpsExchange) ex).getSSLSession());
            byte[] body = "<html><body><p>Secure.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static String sni(SSLSession session) {
        if (session instanceof ExtendedSSLSession extended) {
            for (SNIServerName name : extended.getRequestedServerNames()) {
                if (name instanceof SNIHostName host) {
                    return host.getAsciiName();
                }
            }
        }
        return null;
    }

    private static String url(String host) {
        return "https://" + host + ":" + server.getAddress().getPort() + "/page";
    }

    private static Fetcher trusting() {
        return new Fetcher(FetchPolicy.defaults().withTotalTimeout(Duration.ofSeconds(10)), NAMES, null,
                trustingTheTestCertificate);
    }

    @Test
    void theHandshakeIsForTheNameInTheUrlWhileTheAddressIsPinned() throws Exception {
        FetchResult r = trusting().fetch(url("news.test"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Secure.");
        assertThat(lastSni).as("SNI").isEqualTo("news.test");
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        for (String host : new String[] {"other.test", "127.0.0.1"}) {
            assertThatThrownBy(() -> trusting().fetch(url(host)))
                    .as(host)
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("TLS failed")
                    .extracting(e -> ((FetchException) e).kind())
                    .isEqualTo(FetchException.Kind.UNREACHABLE);
        }
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        Fetcher systemTrust = new Fetcher(FetchPolicy.defaults().withTotalTimeout(Duration.ofSeconds(10)), NAMES, null);
        assertThatThrownBy(() -> systemTrust.fetch(url("news.test")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("TLS failed")
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.UNREACHABLE);
    }
}
