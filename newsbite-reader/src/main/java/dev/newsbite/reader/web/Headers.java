package dev.newsbite.reader.web;

import dev.newsbite.reader.view.Pages;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/** The headers every reader answer carries: no scripts, no framing, no sniffing, no referrer. */
final class Headers {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private Headers() {
    }

    private static final String[][] SECURITY = {
        {"Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    };

    static void secure(Context ctx) {
        for (String[] header : SECURITY) {
            ctx.header(header[0], header[1]);
        }
    }

    /** The same headers, encoded once, for the fast path. */
    static HttpField[] securityFields() {
        HttpField[] fields = new HttpField[SECURITY.length];
        for (int i = 0; i < SECURITY.length; i++) {
            fields[i] = new PreEncodedHttpField(SECURITY[i][0], SECURITY[i][1]);
        }
        return fields;
    }
}
