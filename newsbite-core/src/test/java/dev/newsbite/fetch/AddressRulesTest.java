package dev.newsbite.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "10.1.2.3, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "169.254.169.254, link-local",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.255, carrier-grade NAT",
        "0.0.0.0, this network",
        "0.1.2.3, this network",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "240.0.0.1, reserved",
        "255.255.255.255, broadcast",
        "192.0.2.1, documentation",
        "198.51.100.7, documentation",
        "203.0.113.9, documentation",
        "198.18.0.1, benchmarking",
        "192.0.0.8, IETF",
        "::1, loopback",
        "::, unspecified",
        "fe80::1, link-local",
        "febf::1, link-local",
        "fec0::1, site-local",
        "fc00::1, unique local",
        "fd12:3456:789a::1, unique local",
        "ff02::1, multicast",
        "::ffff:127.0.0.1, loopback",
        "::ffff:10.0.0.1, private",
        "::ffff:169.254.169.254, link-local",
        "::127.0.0.1, reserved IPv6",
        "64:ff9b::a00:1, IPv6 form of a private",
        "64:ff9b::7f00:1, IPv6 form of a loopback",
        "2002:7f00:1::, IPv6 form of a loopback",
        "2002:c0a8:101::1, IPv6 form of a private",
        "2001:db8::1, documentation",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, Teredo",
        "3fff::1, documentation",
        "4000::1, reserved IPv6",
        "64:ff9b:1::a00:5, reserved IPv6",
        "::ffff:0:7f00:1, reserved IPv6",
        "100::1, reserved IPv6",
        "5f00::1, reserved IPv6",
        "2001:2::1, IETF",
        "2001:20::1, IETF",
        "192.0.0.170, IETF",
        "192.88.99.1, 6to4 relay",
        "198.19.255.255, benchmarking",
    })
    void refusesNonPublicAddresses(String literal, String what) throws Exception {
        assertThat(AddressRules.whyRefused(InetAddress.getByName(literal))).contains(what);
        assertThat(AddressRules.isPublic(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255",
        "100.128.0.1", "11.0.0.1", "192.169.0.1", "223.255.255.255", "169.253.1.1",
        "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "64:ff9b::808:808", "2002:808:808::1",
        "::ffff:8.8.8.8",
    })
    void acceptsPublicAddresses(String literal) throws Exception {
        assertThat(AddressRules.whyRefused(InetAddress.getByName(literal))).isNull();
    }

    /** Java reads these as IPv4 literals (no lookup); the rule sees the address they mean. */
    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "127.1", "127.0.1"})
    void oddIpv4SpellingsAreJudgedByTheAddressTheyMean(String literal) throws Exception {
        InetAddress address = InetAddress.getByName(literal);
        assertThat(address.getAddress()[0]).isEqualTo((byte) 127);
        assertThat(AddressRules.whyRefused(address)).isEqualTo("a loopback address");
    }
}
