package dev.newsbite.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsbite.model.Article;
import java.io.UncheckedIOException;

/**
 * The {@link Article} record as JSON: field names exactly as the record's components, in its
 * declared order; absent values present as {@code null} so every document has the same shape;
 * body blocks carry a {@code "type"}. Pretty-printed with two-space indents and "\n" line ends on
 * every platform; {@link #renderCompact} gives one line (for JSON Lines).
 *
 * <p>One mapper, configured once, shared: immutable and thread-safe.
 */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter()).with(new HtmlSafeEscapes());
    private static final ObjectWriter COMPACT = MAPPER.writer().with(new HtmlSafeEscapes());

    /**
     * An article back from this renderer's JSON (pretty or compact).
     *
     * @throws IllegalArgumentException when {@code json} is not an article in this shape
     */
    public static Article read(String json) {
        try {
            return MAPPER.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a NewsBite article: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String render(Article article) {
        return write(PRETTY, article) + "\n";
    }

    /** The same JSON on one line, without a line end. */
    public String renderCompact(Article article) {
        return write(COMPACT, article);
    }

    /**
     * Any value (a Jackson tree, a record, a map) as compact JSON with the same escapes as an
     * article: "<", ">" and "&" as unicode escapes, so page data quoted in it (an error message, a URL)
     * cannot become markup if the JSON is ever read as HTML.
     */
    public static String writeHtmlSafe(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, Article article) {
        try {
            return writer.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this is a programming error.
            throw new UncheckedIOException("cannot write article as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes "<", ">" and "&" as the escapes &#92;u003c, &#92;u003e and &#92;u0026 (and the JavaScript line
     * separators U+2028/U+2029 escaped too): the same JSON to every parser, but text from a page
     * cannot become markup if the JSON is ever read as HTML or pasted into a script element.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final int[] ESCAPES = standardAsciiEscapesForJSON();

        static {
            ESCAPES['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ESCAPES['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ESCAPES['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ESCAPES;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
