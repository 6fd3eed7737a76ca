package dev.newsbite.reader.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.render.Format;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderAddressTest {

    private static ReaderTarget parse(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        Optional<ReaderTarget> t = q < 0 ? ReaderAddress.parse(pathAndQuery, null)
                : ReaderAddress.parse(pathAndQuery.substring(0, q), pathAndQuery.substring(q + 1));
        assertThat(t).as(pathAndQuery).isPresent();
        return t.get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/www.example.com/news/story.html                | https://www.example.com/news/story.html  | HTML",
        "/www.example.com/news/story.html?id=3&x=y       | https://www.example.com/news/story.html?id=3&x=y | HTML",
        "/www.example.com                                | https://www.example.com/                 | HTML",
        "/www.example.com/                               | https://www.example.com/                 | HTML",
        "/example.com:8443/a                             | https://example.com:8443/a               | HTML",
        "/example.com:443/a                              | https://example.com/a                    | HTML",
        "/http:example.com/a/b                           | http://example.com/a/b                   | HTML",
        "/http:127.0.0.1:8081/news/a.html                | http://127.0.0.1:8081/news/a.html        | HTML",
        "/http://example.com/a                           | http://example.com/a                     | HTML",
        "/http:/example.com/a                            | http://example.com/a                     | HTML",
        "/https://example.com/a                          | https://example.com/a                    | HTML",
        "/EXAMPLE.com/A                                  | https://example.com/A                    | HTML",
        "/example.com/news/story.html.txt                | https://example.com/news/story.html      | TEXT",
        "/example.com/news/story.md                      | https://example.com/news/story           | MARKDOWN",
        "/example.com/news/story.json?page=2             | https://example.com/news/story?page=2    | JSON",
        "/example.com/news/.txt                          | https://example.com/news/                | TEXT",
        "/example.com/news/story?format=md               | https://example.com/news/story           | MARKDOWN",
        "/example.com/news/story?a=1&format=json&b=2     | https://example.com/news/story?a=1&b=2   | JSON",
        "/example.com/data.json?format=html              | https://example.com/data.json            | HTML",
        "/example.com/s?format=pdf                       | https://example.com/s?format=pdf         | HTML",
        "/[::1]:8080/x                                   | https://[::1]:8080/x                     | HTML",
        "/%5B2001:db8::1%5D/x                            | https://[2001:db8::1]/x                  | HTML",
        "/http:%5b::1%5d:8080/x                          | http://[::1]:8080/x                      | HTML",
        "/localhost:8080/x                               | https://localhost:8080/x                 | HTML",
        "/example.com/caf%C3%A9/a%20b                    | https://example.com/caf%C3%A9/a%20b      | HTML",
    })
    void readsOriginAndFormat(String path, String origin, Format format) {
        ReaderTarget t = parse(path);
        assertThat(t.origin()).hasToString(origin);
        assertThat(t.format()).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/read", "/api/article", "/healthz", "/nodot/path", "/user@example.com/x",
        "/example.com:99999/x", "/example.com:abc/x", "/exa mple.com/x", "/-/x", "/[::1/x", "/http:/", "/.com/x"})
    void refusesWhatIsNotAHost(String path) {
        assertThat(ReaderAddress.parse(path, null)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.example.com/news/story.html",
        "https://www.example.com/news/story.html?id=3&x=y",
        "http://example.com/a/b",
        "http://127.0.0.1:8081/news/a.html",
        "https://example.com:8443/a",
        "https://example.com/",
        "https://example.com/data.json",
        "https://example.com/data.json?x=1",
        "https://example.com/notes.md",
        "https://example.com/caf%C3%A9",
        "https://[2001:db8::1]/x",
    })
    void everyFormatRoundTrips(String url) {
        URI origin = URI.create(url);
        for (Format format : Format.values()) {
            String path = ReaderAddress.pathFor(origin, format);
            ReaderTarget back = parse(path);
            assertThat(back.origin()).as(path).isEqualTo(origin);
            assertThat(back.format()).as(path).isEqualTo(format);
            assertThat(back.path()).as("canonical is stable").isEqualTo(path);
        }
    }

    @Test
    void canonicalPathsAreShort() {
        assertThat(ReaderAddress.pathFor(URI.create("https://www.example.com:443/a?b=c"), Format.HTML))
                .isEqualTo("/www.example.com/a?b=c");
        assertThat(ReaderAddress.pathFor(URI.create("http://example.com:80/a"), Format.TEXT))
                .isEqualTo("/http:example.com/a.txt");
        assertThat(ReaderAddress.pathFor(URI.create("https://example.com"), Format.JSON))
                .isEqualTo("/example.com/.json");
        assertThat(ReaderAddress.pathFor(URI.create("https://example.com/data.json"), Format.HTML))
                .isEqualTo("/example.com/data.json?format=html");
        assertThat(ReaderAddress.pathFor(URI.create("http://[2001:db8::1]:8080/a"), Format.HTML))
                .isEqualTo("/http:%5B2001:db8::1%5D:8080/a");
    }

    @Test
    void pathForTextRefusesWhatCannotBeRead() {
        assertThat(ReaderAddress.pathFor("mailto:a@example.com")).isEmpty();
        assertThat(ReaderAddress.pathFor("javascript:alert(1)")).isEmpty();
        assertThat(ReaderAddress.pathFor("/relative/path")).isEmpty();
        assertThat(ReaderAddress.pathFor("not a url")).isEmpty();
        assertThat(ReaderAddress.pathFor((String) null)).isEmpty();
        assertThat(ReaderAddress.pathFor("https://example.com/news/a")).contains("/example.com/news/a");
    }
}
