package dev.newsbite.reader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.Extractor;
import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.testing.MovableClock;
import dev.newsbite.reader.testing.OriginServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's promises, against a real origin on loopback and a real store, with a clock the test moves. */
class PageLibraryTest {
    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final String ARTICLE = "/news/2026/11/27/harbour-bridge-reopens";

    @TempDir
    Path data;

    private OriginServer origin;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final List<PageLibrary> libraries = new ArrayList<>();

    @BeforeEach
    void startOrigin() {
        origin = OriginServer.start();
    }

    @AfterEach
    void stopAll() {
        libraries.forEach(PageLibrary::close);
        origin.close();
    }

    private PageLibrary library(boolean allowPrivate) throws Exception {
        return library(allowPrivate, 8);
    }

    private PageLibrary library(boolean allowPrivate, int fetchSlots) throws Exception {
        FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(allowPrivate)
                .withConnectTimeout(Duration.ofSeconds(2)).withTotalTimeout(Duration.ofSeconds(3));
        PageLibrary library = new PageLibrary(new Fetcher(policy), Extractor.create(), SqlitePageStore.open(data),
                FRESH, 100, fetchSlots, clock);
        libraries.add(library);
        return library;
    }

    private URI url(String path) {
        return URI.create(origin.url(path));
    }

    @Test
    void aSecondReadWithinTheWindowLeavesTheOriginAlone() throws Exception {
        PageLibrary library = library(true);
        Reading first = library.read(url(ARTICLE));
        assertThat(first.article().title()).isNotBlank();
        assertThat(first.stale()).isFalse();
        clock.advance(FRESH.minusSeconds(1));
        Reading second = library.read(url(ARTICLE));
        assertThat(second).isSameAs(first);
        assertThat(origin.hits(ARTICLE)).isEqualTo(1);
    }

    @Test
    void pastTheWindowTheOriginIsAskedConditionally() throws Exception {
        PageLibrary library = library(true);
        Reading first = library.read(url(ARTICLE));
        clock.advance(FRESH.plusSeconds(1));
        Reading again = library.read(url(ARTICLE));
        assertThat(origin.hits(ARTICLE)).isEqualTo(2);
        assertThat(origin.notModified(ARTICLE)).isEqualTo(1);
        assertThat(again.article()).isEqualTo(first.article());
        assertThat(again.fetchedAt()).isEqualTo(clock.instant());
        assertThat(library.isCurrent(again)).isTrue();
    }

    @Test
    void whenTheOriginIsDownTheStoredCopyIsServedWithTheReason() throws Exception {
        PageLibrary library = library(true);
        Reading first = library.read(url(ARTICLE));
        origin.stop();
        clock.advance(FRESH.plusMinutes(1));
        Reading stale = library.read(url(ARTICLE));
        assertThat(stale.stale()).isTrue();
        assertThat(stale.staleBecause()).contains("127.0.0.1");
        assertThat(stale.article()).isEqualTo(first.article());
        assertThat(stale.fetchedAt()).isEqualTo(first.fetchedAt());
        // The failed origin is not asked again at once...
        assertThat(library.isCurrent(stale)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        // ...but after a while it is, and once it is back the copy is current again.
        assertThat(library.isCurrent(stale)).isFalse();
        origin.restart();
        Reading back = library.read(url(ARTICLE));
        assertThat(back.stale()).isFalse();
    }

    @Test
    void aRestartedLibraryReadsFromTheStore() throws Exception {
        PageLibrary first = library(true);
        Reading read = first.read(url(ARTICLE));
        first.close();
        libraries.remove(first);
        origin.stop();
        Reading again = library(true).read(url(ARTICLE));
        assertThat(again.article()).isEqualTo(read.article());
        assertThat(again.stale()).isFalse();
        assertThat(origin.hits(ARTICLE)).isEqualTo(1);
    }

    @Test
    void withoutAStoredCopyAFailureIsTyped() throws Exception {
        PageLibrary library = library(true);
        assertThatThrownBy(() -> library.read(url("/status/404")))
                .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.kind()).isEqualTo(ReadFailure.Kind.NOT_FOUND));
        assertThatThrownBy(() -> library.read(url("/status/500")))
                .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.kind()).isEqualTo(ReadFailure.Kind.ORIGIN_ERROR));
        assertThatThrownBy(() -> library.read(url("/files/report.pdf")))
                .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.kind()).isEqualTo(ReadFailure.Kind.NOT_HTML));
        origin.stop();
        assertThatThrownBy(() -> library.read(url(ARTICLE)))
                .isInstanceOfSatisfying(ReadFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(ReadFailure.Kind.UNREACHABLE);
                    assertThat(f.url()).isEqualTo(url(ARTICLE).toString());
                });
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNeverServedFromAStoredCopy() throws Exception {
        library(true).read(url(ARTICLE));
        clock.advance(FRESH.plusSeconds(1));
        PageLibrary strict = library(false);
        assertThatThrownBy(() -> strict.read(url(ARTICLE)))
                .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.kind()).isEqualTo(ReadFailure.Kind.REFUSED));
        assertThat(origin.hits(ARTICLE)).isEqualTo(1);
    }

    @Test
    void concurrentFirstReadsMakeOneFetch() throws Exception {
        PageLibrary library = library(true);
        String slow = "/slow/1/2026/11/27/harbour-bridge-reopens";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Reading>> readings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                readings.add(pool.submit(() -> library.read(url(slow))));
            }
            for (Future<Reading> r : readings) {
                assertThat(r.get().article().title()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(origin.hits(slow)).isEqualTo(1);
    }

    @Test
    void fetchesBeyondTheLimitAreTurnedAwayAtOnce() throws Exception {
        PageLibrary library = library(true, 1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Reading> slow = pool.submit(() -> library.read(url("/slow/2/2026/11/27/harbour-bridge-reopens")));
            while (origin.hits("/slow/2/2026/11/27/harbour-bridge-reopens") == 0) {
                Thread.sleep(10);
            }
            // Turned away, not queued: a queued read would have waited for the slot and succeeded.
            assertThatThrownBy(() -> library.read(url(ARTICLE)))
                    .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.kind()).isEqualTo(ReadFailure.Kind.BUSY));
            assertThat(slow.get().article().title()).isNotBlank();
        } finally {
            pool.shutdownNow();
        }
        assertThat(library.read(url(ARTICLE)).article().title()).isNotBlank();
    }
}
