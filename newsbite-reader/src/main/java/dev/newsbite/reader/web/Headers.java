package dev.newsbite.reader.web;

import dev.newsbite.reader.view.Pages;
import io.javalin.http.Context;

/** The headers every reader answer carries: no scripts, no framing, no sniffing, no referrer. */
final class Headers {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private Headers() {
    }

    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
