package dev.newsbite.reader.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The fast path for a page read before: a GET or HEAD on a canonical reader path whose rendered
 * answer is in memory and current is written straight from Jetty, without the servlet and routing
 * layers. Everything else (first reads, stale copies to revalidate, other routes) falls through to
 * the application unchanged. The answer is byte for byte what the application would send.
 */
final class CachedPageHandler extends Handler.Wrapper {
    private static final HttpField[] SECURITY = Headers.securityFields();

    private final ReaderRoutes routes;
    private final ClientLimits limits;

    CachedPageHandler(ReaderRoutes routes, ClientLimits limits) {
        this.routes = routes;
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long wait = limits.request(request.getConnectionMetaData().getRemoteSocketAddress());
        if (wait > 0) {
            tooManyRequests(request, response, callback, wait);
            return true;
        }
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            return super.handle(request, response, callback);
        }
        RenderedPage page = routes.currentPage(request.getHttpURI().getPathQuery());
        if (page == null) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        for (HttpField field : SECURITY) {
            headers.add(field);
        }
        for (HttpField field : page.headerFields()) {
            headers.add(field);
        }
        if (page.etag().equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(304);
            response.write(true, null, callback);
            return true;
        }
        response.setStatus(200);
        headers.add(HttpHeader.CONTENT_LENGTH, page.body().length);
        response.write(true, head ? null : ByteBuffer.wrap(page.body()), callback);
        return true;
    }

    /** 429 with Retry-After, answered here: a client over its limit costs no routing or rendering. */
    private void tooManyRequests(Request request, Response response, Callback callback, long wait) {
        Problems.Answer answer = routes.rateLimited(request.getHttpURI().getPath() == null ? "/"
                : request.getHttpURI().getPath(), request.getHttpURI().getQuery(), wait);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        HttpFields.Mutable headers = response.getHeaders();
        for (HttpField field : SECURITY) {
            headers.add(field);
        }
        headers.add(HttpHeader.CONTENT_TYPE, answer.contentType());
        headers.add(HttpHeader.CACHE_CONTROL, "no-store");
        headers.add(HttpHeader.RETRY_AFTER, RateLimiter.retryAfterSeconds(wait));
        headers.add(HttpHeader.CONTENT_LENGTH, body.length);
        response.setStatus(429);
        response.write(true, "HEAD".equals(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
    }
}
