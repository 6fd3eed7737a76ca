package dev.newsbite.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows as JSON Lines: one object per line, UTF-8 (the writer's job), nulls kept so every
 * line has every field. Line separators inside text are escaped by JSON; U+2028 and U+2029 are
 * escaped too, for readers that split lines on them.
 */
public final class JsonlSink implements RowSink {
    private static final ObjectWriter ROW_WRITER = new ObjectMapper().writerFor(BatchRow.class);

    private final Writer out;

    public JsonlSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(BatchRow row) throws IOException {
        out.write(line(row));
        out.write('\n');
    }

    static String line(BatchRow row) throws JsonProcessingException {
        String json = ROW_WRITER.writeValueAsString(row);
        if (json.indexOf('\u2028') >= 0 || json.indexOf('\u2029') >= 0) {
            json = json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        }
        return json;
    }
}
