package dev.newsbite.reader;

import static dev.newsbite.reader.ReaderEndToEndTest.readerPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.PageChecks;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without allowPrivate, a reader refuses loopback origins and never connects to them. */
class ReaderRefusalEndToEndTest {
    @TempDir
    static Path data;
    static OriginServer origin;
    static ReaderServer reader;
    static ReaderClient client;

    @BeforeAll
    static void start() throws ReaderStartException {
        origin = OriginServer.start();
        reader = ReaderServer.start(TestReaders.config(data, false, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.close();
        }
        origin.close();
    }

    @Test
    void aLoopbackPageIsRefusedWithAClearPage() {
        String story = "/news/2026/11/27/harbour-ferries-night-service";
        HttpResponse<String> r = client.get(readerPath(origin, story));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(ReaderClient.contentType(r)).startsWith("text/html");
        Document page = client.html(r);
        PageChecks.noScripts(r, page);
        assertThat(page.select("h1").text()).isNotBlank();
        assertThat(page.select("a[href]").eachAttr("href")).contains(origin.url(story));
        assertThat(origin.totalHits()).as("the origin was never contacted").isZero();
    }

    @Test
    void theApiRefusesWithTheErrorShape() {
        String url = origin.url("/news/api-refused");
        ReaderEndToEndTest.assertErrorShape(client.api(url), 403, "refused", url);
        String byName = "http://localhost:" + origin.port() + "/news/by-name";
        ReaderEndToEndTest.assertErrorShape(client.api(byName), 403, "refused", byName);
        assertThat(origin.totalHits()).isZero();
    }

    @Test
    void everyFormatIsRefused() {
        for (String suffix : new String[] {".txt", ".md", ".json"}) {
            assertThat(client.get(readerPath(origin, "/news/format-refused" + suffix)).statusCode()).as(suffix)
                    .isEqualTo(403);
        }
        assertThat(origin.totalHits()).isZero();
    }
}
