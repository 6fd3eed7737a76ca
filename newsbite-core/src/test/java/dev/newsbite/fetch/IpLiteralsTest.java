package dev.newsbite.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    /** The WHATWG URL host parser's readings, which browsers and the C resolver share. */
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0X7F000001, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0177.0000.0000.0001, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "2852039166, 169.254.169.254",
        "0xa9fea9fe, 169.254.169.254",
        "0251.0376.0251.0376, 169.254.169.254",
        "169.254.43518, 169.254.169.254",
        "8.8.8.8, 8.8.8.8",
        "00000000000000000000000000010.0.0.1, 8.0.0.1",
    })
    void readsIpv4InEverySpelling(String host, String address) throws Exception {
        assertThat(IpLiterals.parse(host).getHostAddress()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[::1]", "::1", "[::ffff:127.0.0.1]", "[fe80::1%25lo]", "[fe80::1%25no-such-nic]", "[fe80::1%251]"})
    void readsIpv6WithOrWithoutBracketsAndZones(String host) throws Exception {
        assertThat(IpLiterals.parse(host)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "news.example.co.uk", "localhost", "1.2.3.example", "0x7f.example", "a1"})
    void namesAreLeftForTheResolver(String host) throws Exception {
        assertThat(IpLiterals.parse(host)).isNull();
    }

    /** They end in a number, so they are addresses or nothing: never a name to send to DNS. */
    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "4294967296", "0x100000000", "1.256.0.0", "09.0.0.1", "example.1",
        "1..2", "99999999999999999999999", "[::g]", "[.::1]", "[fe80::1%25]", "::1%eth0;rm"})
    void whatLooksLikeAnAddressButIsNotOneIsAnError(String host) {
        assertThatThrownBy(() -> IpLiterals.parse(host)).isInstanceOf(UnknownHostException.class);
    }
}
