package dev.newsbite.fetch;

import static dev.newsbite.fetch.FetchException.Kind.BAD_URL;
import static dev.newsbite.fetch.FetchException.Kind.REFUSED_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server-side request forgery, at the fetcher: URLs a stranger could hand the reader to make it
 * reach the machine itself, its intranet or a cloud metadata service. Every target is refused by
 * default, before any connection: the loopback ones point at a live server here that counts the
 * TCP connections it accepts, and it must accept none.
 *
 * <p>Literal targets go through a fetcher built exactly as production builds it
 * ({@code new Fetcher(FetchPolicy.defaults())}). Targets that need DNS go through a test resolver
 * (the real address rules, and the real checking resolver around it): {@code internal.test} is
 * 10.0.0.5, {@code mixed.test} answers a public and a private address, and {@code public.test} is
 * the loopback server standing in for a public origin (the address rule lets exactly that answer
 * through), so "a redirect from an allowed origin to a refused one" is a real redirect.
 */
@Timeout(120)
class SsrfTest {
    /** The host name whose answer the test's address rule treats as public (it is the loopback server). */
    private static final String PUBLIC = "public.test";
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    private static LoopbackOrigin trap;
    private static LoopbackOrigin trapV6;
    private static int port;

    @BeforeAll
    static void start() {
        trap = LoopbackOrigin.on("127.0.0.1", 0);
        port = trap.port();
        try {
            trapV6 = LoopbackOrigin.on("::1", port);
        } catch (RuntimeException noIpv6) {
            trapV6 = null; // Without IPv6 loopback nothing could connect to [::1] anyway.
        }
    }

    @AfterAll
    static void stop() {
        System.out.printf("SSRF (fetcher): %d refused out of %d tried; connections to loopback: %d%n",
                REFUSED.get(), TRIED.get(), loopbackConnections());
        trap.close();
        if (trapV6 != null) {
            trapV6.close();
        }
    }

    /** Answers for the names the suite uses; anything else does not exist. */
    static HostResolver testResolver() {
        Map<String, List<String>> names = Map.of(
                "internal.test", List.of("10.0.0.5"),
                "metadata.test", List.of("169.254.169.254"),
                "ula.test", List.of("fd00::5"),
                "mapped.test", List.of("::ffff:127.0.0.1"),
                "mixed.test", List.of("93.184.216.34", "10.0.0.5"),
                "cgnat.test", List.of("100.64.1.1"));
        return host -> {
            if (host.equalsIgnoreCase(PUBLIC)) {
                return List.of(InetAddress.getByAddress(PUBLIC, new byte[] {127, 0, 0, 1}));
            }
            List<String> addresses = names.get(host.toLowerCase(java.util.Locale.ROOT));
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> out = new ArrayList<>();
            for (String a : addresses) {
                out.add(InetAddress.getByAddress(host, InetAddress.getByName(a).getAddress()));
            }
            return out;
        };
    }

    /** The real address rules, except that the answer for {@link #PUBLIC} counts as public. */
    static Function<InetAddress, String> rulesWithPublicStandIn() {
        return a -> a.toString().startsWith(PUBLIC + "/") ? null : AddressRules.whyRefused(a);
    }

    record Target(String url, FetchException.Kind kind, boolean needsDns) {
        @Override
        public String toString() {
            return url;
        }
    }

    static Stream<Target> targets() {
        String p = ":" + port;
        List<Target> t = new ArrayList<>();
        // Loopback, in every spelling a URL parser or the C resolver accepts.
        for (String host : new String[] {"127.0.0.1", "127.0.0.2", "127.255.255.254", "2130706433", "0x7f000001",
            "0X7F000001", "017700000001", "0177.0.0.1", "0177.0000.0000.0001", "0", "0.0.0.0", "localhost", "localhost.",
            "LOCALHOST", "foo.localhost"}) {
            t.add(new Target("http://" + host + p + "/secret", REFUSED_ADDRESS, false));
        }
        // Unicode look-alikes that IDNA maps to ASCII digits, dots and letters.
        for (String host : new String[] {"\u2460\u2461\u2466.\u24ea.\u24ea.\u2460", "\uff11\uff12\uff17.\uff10.\uff10.\uff11",
            "127\u30020\u30020\u30021", "\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3"}) {
            t.add(new Target("http://" + host + p + "/secret", REFUSED_ADDRESS, false));
        }
        // Short and mixed forms the C resolver and browsers accept; java.net.URI finds no host in them.
        for (String host : new String[] {"127.1", "127.0.1", "0x7f.1", "0x7f.0.0.1", "127.0.0.1.", "127.0.0.1%09",
            "localhost%2e"}) {
            t.add(new Target("http://" + host + p + "/secret", BAD_URL, false));
        }
        // Private, shared (CGNAT), link-local and the cloud metadata address in its spellings.
        for (String host : new String[] {"10.0.0.5", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1",
            "192.168.255.254", "100.64.0.1", "100.127.255.254", "169.254.169.254", "2852039166", "0xa9fea9fe",
            "025177524776"}) {
            t.add(new Target("http://" + host + "/latest/meta-data/", REFUSED_ADDRESS, false));
        }
        for (String host : new String[] {"0251.0376.0251.0376", "169.254.43518", "0xa9.0xfe.0xa9.0xfe"}) {
            t.add(new Target("http://" + host + "/latest/meta-data/", BAD_URL, false));
        }
        // Multicast, broadcast, reserved, benchmarking, documentation, IETF protocol assignments.
        for (String host : new String[] {"224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1",
            "192.0.2.1", "198.51.100.1", "203.0.113.1", "192.0.0.170", "192.88.99.1"}) {
            t.add(new Target("http://" + host + "/", REFUSED_ADDRESS, false));
        }
        // IPv6: loopback, unspecified, link-local, site-local, unique local, multicast, and the forms
        // that carry an IPv4 address (mapped, compatible, NAT64, 6to4), documentation, Teredo.
        for (String host : new String[] {"[::1]", "[0:0:0:0:0:0:0:1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
            "[::127.0.0.1]", "[::ffff:0:127.0.0.1]"}) {
            t.add(new Target("http://" + host + p + "/secret", REFUSED_ADDRESS, false));
        }
        for (String host : new String[] {"[fe80::1]", "[fe80::1%25lo]", "[fec0::1]", "[fd00::1]", "[fc00::1]", "[ff02::1]",
            "[ff05::1:3]", "[::ffff:169.254.169.254]", "[::ffff:10.0.0.1]", "[64:ff9b::10.0.0.5]", "[64:ff9b::7f00:1]",
            "[64:ff9b:1::a00:5]", "[2002:7f00:1::]", "[2002:a9fe:a9fe::1]", "[2001:db8::1]", "[2001::1]", "[100::1]",
            "[5f00::1]"}) {
            t.add(new Target("http://" + host + "/", REFUSED_ADDRESS, false));
        }
        // Userinfo and fragment tricks: the host is what comes after the last '@' of the authority.
        t.add(new Target("http://example.com@127.0.0.1" + p + "/secret", REFUSED_ADDRESS, false));
        t.add(new Target("http://example.com:80@127.0.0.1" + p + "/secret", REFUSED_ADDRESS, false));
        t.add(new Target("http://127.0.0.1" + p + "#@example.com/", REFUSED_ADDRESS, false));
        t.add(new Target("http://127.0.0.1" + p + "?@example.com/", REFUSED_ADDRESS, false));
        t.add(new Target("http://127.0.0.1" + p + "\\@example.com/", BAD_URL, false));
        t.add(new Target("http://user:pass@[::1]" + p + "/secret", REFUSED_ADDRESS, false));
        // Schemes other than http and https, whatever they point at.
        for (String url : new String[] {"file:///etc/passwd", "file://localhost/etc/passwd", "gopher://127.0.0.1" + p + "/_GET",
            "jar:http://127.0.0.1" + p + "/x.jar!/", "ftp://127.0.0.1" + p + "/", "dict://127.0.0.1:11211/stats",
            "ldap://127.0.0.1/dc=example", "data:text/html,%3Ch1%3Ex%3C/h1%3E", "netdoc:///etc/passwd",
            "javascript:alert(1)", "sftp://127.0.0.1/", "tftp://127.0.0.1/x", "ws://127.0.0.1" + p + "/"}) {
            t.add(new Target(url, BAD_URL, false));
        }
        // Names that resolve to private addresses (the test resolver).
        for (String host : new String[] {"internal.test", "metadata.test", "ula.test", "mapped.test", "mixed.test",
            "cgnat.test"}) {
            t.add(new Target("http://" + host + "/", REFUSED_ADDRESS, true));
        }
        t.add(new Target("http://" + PUBLIC + "@internal.test/", REFUSED_ADDRESS, true));
        // Redirects from an allowed origin to a refused one, with every redirect status.
        String[][] redirects = {
            {"302", "http://127.0.0.1" + p + "/secret"}, {"301", "http://[::1]" + p + "/secret"},
            {"302", "file:///etc/passwd"}, {"307", "http://169.254.169.254/latest/meta-data/"},
            {"308", "http://localhost" + p + "/secret"}, {"303", "http://internal.test/secret"},
            {"302", "http://2130706433" + p + "/secret"}, {"302", "http://[::ffff:127.0.0.1]" + p + "/secret"},
            {"302", "gopher://127.0.0.1" + p + "/_x"}, {"302", "//127.0.0.1" + p + "/secret"},
            {"302", "http://0x7f000001" + p + "/secret"}, {"302", "http://" + PUBLIC + "@127.0.0.1" + p + "/secret"},
            {"302", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/"}, {"302", "http://metadata.test/latest/meta-data/"},
            {"302", "jar:http://127.0.0.1" + p + "/x.jar!/"}};
        for (String[] r : redirects) {
            FetchException.Kind kind = r[1].startsWith("http:") || r[1].startsWith("//") ? REFUSED_ADDRESS : BAD_URL;
            t.add(new Target(redirect(r[0], r[1]), kind, true));
        }
        // Two hops: public, public again, then the intranet.
        t.add(new Target(redirect("302", redirect("302", "http://10.0.0.5/admin")), REFUSED_ADDRESS, true));
        return t.stream();
    }

    private static String redirect(String status, String to) {
        return "http://" + PUBLIC + ":" + port + "/to?s=" + status + "&u=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("targets")
    void refusedByDefaultAndNeverConnected(Target target) {
        TRIED.incrementAndGet();
        Fetcher fetcher = target.needsDns()
                ? new Fetcher(FetchPolicy.defaults().withConnectTimeout(Duration.ofSeconds(1)), testResolver(),
                        rulesWithPublicStandIn())
                : new Fetcher(FetchPolicy.defaults());
        int connectionsBefore = loopbackConnections();
        int publicHopsBefore = trap.hits("/to");
        assertThatThrownBy(() -> fetcher.fetch(target.url()))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(target.kind());
        int publicHops = trap.hits("/to") - publicHopsBefore;
        assertThat(loopbackConnections() - connectionsBefore)
                .as("connections to loopback other than the allowed origin's redirects")
                .isEqualTo(publicHops);
        assertThat(trap.hits("/secret")).as("requests that reached the protected path").isZero();
        REFUSED.incrementAndGet();
    }

    @Test
    void theSuiteIsLargeEnough() {
        assertThat(targets().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theStandInPublicOriginReallyServes() throws Exception {
        // Without this, a broken stand-in would make every redirect case pass for the wrong reason.
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults(), testResolver(), rulesWithPublicStandIn());
        FetchResult r = fetcher.fetch("http://" + PUBLIC + ":" + port + "/page");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(LoopbackOrigin.PAGE);
        FetchResult hop = fetcher.fetch(redirect("302", "/page"));
        assertThat(hop.url().toString()).isEqualTo("http://" + PUBLIC + ":" + port + "/page");
    }

    @Test
    void allowPrivateLetsLoopbackThroughForTestsAndIntranets() throws Exception {
        // The switch the suite relies on being off by default does work when on.
        Fetcher open = new Fetcher(FetchPolicy.defaults().withAllowPrivate(true));
        assertThat(open.fetch("http://0x7f000001:" + port + "/open").status()).isEqualTo(200);
        assertThat(open.fetch("http://localhost.:" + port + "/open").status()).isEqualTo(200);
        assertThat(trap.hits("/open")).isEqualTo(2);
        if (trapV6 != null) {
            assertThat(open.fetch("http://[::1]:" + port + "/open6").status()).isEqualTo(200);
            assertThat(trapV6.hits("/open6")).isEqualTo(1);
        }
    }

    private static int loopbackConnections() {
        return trap.connections() + (trapV6 == null ? 0 : trapV6.connections());
    }
}
