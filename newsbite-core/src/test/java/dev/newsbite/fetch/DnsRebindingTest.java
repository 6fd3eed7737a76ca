package dev.newsbite.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DNS rebinding: a name server that answers "public" when the address is checked and "loopback"
 * when the connection is made. Two servers share one port: 127.0.0.2 stands in for the public
 * origin (the test's address rule lets exactly that answer through), 127.0.0.1 is the machine
 * itself, which must never see a connection. Had the fetcher resolved twice (once to check, once
 * to connect, as the JDK client did), the page would come from 127.0.0.1.
 */
@Timeout(60)
class DnsRebindingTest {
    private static final String REBIND = "rebind.test";
    private static final String PUBLIC_TAG = "public-answer";
    private static LoopbackOrigin standInPublic;
    private static LoopbackOrigin loopback;

    @BeforeAll
    static void start() {
        loopback = LoopbackOrigin.on("127.0.0.1", 0);
        standInPublic = LoopbackOrigin.on("127.0.0.2", loopback.port());
    }

    @AfterAll
    static void stop() {
        loopback.close();
        standInPublic.close();
    }

    /** Answers the stand-in public address the first time, loopback every time after. */
    private static final class RebindingResolver implements HostResolver {
        final AtomicInteger questions = new AtomicInteger();

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            if (!host.equals(REBIND)) {
                throw new UnknownHostException(host);
            }
            if (questions.incrementAndGet() == 1) {
                return List.of(InetAddress.getByAddress(PUBLIC_TAG, new byte[] {127, 0, 0, 2}));
            }
            return List.of(InetAddress.getByAddress(REBIND, new byte[] {127, 0, 0, 1}));
        }
    }

    /** The real rules, except for the first answer, which stands in for a public address. */
    private static final Function<InetAddress, String> RULES =
            a -> a.toString().startsWith(PUBLIC_TAG + "/") ? null : AddressRules.whyRefused(a);

    private static String url(String path) {
        return "http://" + REBIND + ":" + loopback.port() + path;
    }

    @Test
    void theAddressCheckedIsTheAddressConnectedTo() throws Exception {
        RebindingResolver resolver = new RebindingResolver();
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults(), resolver, RULES);
        int before = loopback.connections();

        FetchResult page = fetcher.fetch(url("/first"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(LoopbackOrigin.PAGE);
        assertThat(standInPublic.hits("/first")).as("served by the address that was checked").isEqualTo(1);
        assertThat(resolver.questions.get()).as("one question for the check and the connection together").isEqualTo(1);
        assertThat(loopback.connections() - before).as("connections to 127.0.0.1").isZero();
    }

    @Test
    void theLoopbackAnswerIsRefusedWheneverItIsGiven() {
        RebindingResolver resolver = new RebindingResolver();
        resolver.questions.set(1); // The name server has already switched to its second answer.
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults(), resolver, RULES);
        int before = loopback.connections();

        assertThatThrownBy(() -> fetcher.fetch(url("/second")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("rebind.test resolves to 127.0.0.1")
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.REFUSED_ADDRESS);
        assertThat(loopback.connections() - before).isZero();
    }

    @Test
    void everyNewConnectionAsksAgainAndChecksAgain() throws Exception {
        // The origin closes each connection, so the second fetch needs a new one: the name server
        // now says loopback, and that answer is checked and refused, not connected to.
        RebindingResolver resolver = new RebindingResolver();
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withTotalTimeout(Duration.ofSeconds(5)), resolver, RULES);
        int before = loopback.connections();

        assertThat(fetcher.fetch(url("/again")).status()).isEqualTo(200);
        assertThatThrownBy(() -> fetcher.fetch(url("/again")))
                .isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.REFUSED_ADDRESS);
        assertThat(resolver.questions.get()).isEqualTo(2);
        assertThat(loopback.connections() - before).isZero();
    }

    @Test
    void aMixedAnswerIsRefusedWhole() {
        // One public and one loopback address in the same answer: the client could pick either.
        HostResolver mixed = host -> List.of(InetAddress.getByAddress(PUBLIC_TAG, new byte[] {127, 0, 0, 2}),
                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults(), mixed, RULES);
        int before = loopback.connections() + standInPublic.connections();
        assertThatThrownBy(() -> fetcher.fetch(url("/mixed")))
                .isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.REFUSED_ADDRESS);
        assertThat(loopback.connections() + standInPublic.connections() - before).isZero();
    }
}
