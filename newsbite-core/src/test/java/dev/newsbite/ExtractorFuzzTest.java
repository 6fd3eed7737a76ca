package dev.newsbite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsbite.fixtures.FixtureSeeds;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor under fuzzed pages. Every input ends in an article or an
 * {@link ExtractionException}: any other exception or error (a stack overflow, an out-of-memory) is
 * a finding, and so is an input that takes longer than the {@link Timeout} (Jazzer turns it into
 * its per-input timeout), which is many times the extractor's own time budget.
 *
 * <p>Without {@code JAZZER_FUZZ} these replay the fixture pages and the inputs under
 * {@code src/test/resources/dev/newsbite/ExtractorFuzzTestInputs/<method>/} (past findings); see
 * docs/fuzzing.md for a fuzzing run.
 */
class ExtractorFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    @MethodSource("dev.newsbite.fixtures.FixtureSeeds#pageBytes")
    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void fromBytes(byte[] page) {
        check(() -> EXTRACTOR.extract(page, FixtureSeeds.URL, null), FixtureSeeds.URL);
    }

    /**
     * The first line is the HTTP Content-Type header (none when empty), the rest the page's bytes:
     * the charset labels, byte-order marks and declarations in the page all meet the decoder.
     */
    @MethodSource("dev.newsbite.fixtures.FixtureSeeds#contentTypeThenPage")
    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void fromBytesAndContentType(byte[] input) {
        int nl = indexOf(input, (byte) '\n');
        String contentType = nl <= 0 ? null : new String(input, 0, nl, StandardCharsets.ISO_8859_1);
        byte[] page = Arrays.copyOfRange(input, nl + 1, input.length);
        check(() -> EXTRACTOR.extract(page, FixtureSeeds.URL, contentType), FixtureSeeds.URL);
    }

    /** The first line is the page's address (none when empty), the rest its text. */
    @MethodSource("dev.newsbite.fixtures.FixtureSeeds#urlThenPage")
    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void fromText(byte[] input) {
        int nl = indexOf(input, (byte) '\n');
        String url = nl <= 0 ? null : new String(input, 0, nl, StandardCharsets.UTF_8);
        String html = new String(Arrays.copyOfRange(input, nl + 1, input.length), StandardCharsets.UTF_8);
        check(() -> EXTRACTOR.extract(html, url), url);
    }

    /** The extraction's result is whole, or its failure is a typed one with a message. */
    static Extraction check(Attempt attempt, String url) {
        Extraction result;
        try {
            result = attempt.run();
        } catch (ExtractionException e) {
            assertNotNull(e.reason(), "an ExtractionException without a reason");
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an ExtractionException without a message");
            return null;
        }
        assertNotNull(result, "no extraction and no exception");
        assertNotNull(result.article(), "no article");
        assertNotNull(result.problems(), "no problem list");
        assertNotNull(result.article().pageType(), "no page type");
        assertNotNull(result.article().bodyText(), "no body text");
        if (url != null) {
            assertEquals(url, result.article().url(), "the article's url is the address it was read under");
        }
        return result;
    }

    @FunctionalInterface
    interface Attempt {
        Extraction run() throws ExtractionException;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
