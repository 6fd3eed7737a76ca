package dev.newsbite.reader.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.reader.library.ReadFailure;
import dev.newsbite.reader.view.ErrorView;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.render.Format;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.render.TextRenderer;
import io.javalin.http.Context;

/**
 * Failures as the reader shows them: an error page for people, one stable JSON shape for programs
 * ({@code {"error": {"kind", "status", "message", "url"}}}), a line of text for the text formats.
 */
final class Problems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages;

    Problems(Pages pages) {
        this.pages = pages;
    }

    /** An error answer's type and body. */
    record Answer(String contentType, String body) {
    }

    void send(Context ctx, ReadFailure failure, Format format) {
        ctx.status(failure.kind().status());
        String retryAfter = retryAfter(failure);
        if (retryAfter != null) {
            ctx.header("Retry-After", retryAfter);
        }
        Answer answer = answer(failure, format);
        ctx.contentType(answer.contentType()).result(answer.body());
    }

    /** The Retry-After value for {@code failure} (whole seconds), or null when it has none. */
    static String retryAfter(ReadFailure failure) {
        if (failure.kind() == ReadFailure.Kind.BUSY) {
            return "5";
        }
        if (failure.retryAfterNanos() > 0) {
            return Long.toString(RateLimiter.retryAfterSeconds(failure.retryAfterNanos()));
        }
        return null;
    }

    Answer answer(ReadFailure failure, Format format) {
        ReadFailure.Kind kind = failure.kind();
        return switch (format) {
            case JSON -> new Answer(Headers.JSON, json(failure));
            // Both quote what the origin or the person sent: inert as HTML, like the article answers.
            case TEXT, MARKDOWN -> new Answer(Headers.TEXT, TextRenderer.inertAsHtml(heading(kind) + ": "
                    + failure.getMessage() + (failure.url() == null ? "" : "\nOriginal URL: " + failure.url()) + "\n"));
            case HTML -> new Answer(Headers.HTML, pages.error(new ErrorView(kind.status(), kind.wireName(),
                    heading(kind), failure.getMessage(), failure.url())));
        };
    }

    static String json(ReadFailure failure) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("kind", failure.kind().wireName());
        error.put("status", failure.kind().status());
        error.put("message", failure.getMessage());
        if (failure.retryAfterNanos() > 0) {
            error.put("retryAfter", RateLimiter.retryAfterSeconds(failure.retryAfterNanos()));
        }
        if (failure.url() != null) {
            error.put("url", failure.url());
        } else {
            error.putNull("url");
        }
        return JsonRenderer.writeHtmlSafe(root);
    }

    static String heading(ReadFailure.Kind kind) {
        return switch (kind) {
            case BAD_URL -> "That is not a web address NewsBite can read";
            case REFUSED -> "NewsBite does not read pages at this address";
            case NOT_FOUND -> "The original page was not found";
            case NOT_AN_ARTICLE -> "There is no article on this page";
            case NOT_HTML -> "This is not a web page";
            case UNREACHABLE -> "The original site could not be reached";
            case ORIGIN_ERROR -> "The original site answered with an error";
            case TOO_LARGE -> "The page is too large to read";
            case TOO_MANY_REDIRECTS -> "The page redirects too many times";
            case TIMEOUT -> "The original site took too long to answer";
            case BUSY -> "NewsBite is busy reading other pages";
            case RATE_LIMITED -> "Too many requests from your address";
            case INTERNAL -> "Something went wrong inside NewsBite";
        };
    }
}
