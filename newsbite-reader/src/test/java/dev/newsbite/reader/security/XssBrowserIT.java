package dev.newsbite.reader.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.ReaderStartException;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.security.XssPayloads.Kind;
import dev.newsbite.reader.security.XssPayloads.Payload;
import dev.newsbite.reader.testing.HeadlessChromium;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.PageChecks;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.render.Format;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS corpus in a real headless Chromium. Hostile article and listing pages (every payload in
 * every field, see {@link XssPages}) are served by a loopback origin; first the browser opens them
 * directly (the control: payloads do run there, which proves them and the detection), then opens
 * what NewsBite makes of them: the reader page, the text, Markdown and JSON answers and the API's
 * JSON, each as NewsBite serves it and again as a {@code text/html} document without any CSP;
 * then error pages and the home page's refilled box carrying payloads. After each load the page
 * gets a moment for its handlers, and then is provoked (hover, focus, input, toggle, load and
 * error events on every element; clicks on every {@code javascript:} link and form). A payload
 * that ran leaves {@code data-xN} on {@code <html>} or asks the origin for {@code /xss-hit/N}:
 * through NewsBite, none may. Every reader answer must carry the Content-Security-Policy.
 *
 * <p>Skipped, with a message, where Chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBrowserIT {
    /** Payloads per page: few page loads, every payload still in every kind of field somewhere. */
    private static final int GROUP = 36;
    /** Time for onload, onerror, autofocus and animation handlers to run. */
    private static final Duration SETTLE = Duration.ofMillis(700);
    private static final String PROVOKE = """
            const kinds = ['mouseover','mouseenter','mousemove','mousedown','mouseup','pointerover','pointerenter',
              'focus','focusin','blur','input','change','toggle','animationstart','load','error','begin'];
            for (const el of document.querySelectorAll('*')) {
              for (const k of kinds) { try { el.dispatchEvent(new Event(k)); } catch (e) {} }
            }
            const js = u => typeof u === 'string' && u.replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase().startsWith('javascript:');
            const click = el => { try { el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); } catch (e) {} };
            for (const el of document.querySelectorAll('a, area')) {
              if (js(el.getAttribute('href') || el.getAttribute('xlink:href') || '')) click(el);
            }
            for (const el of document.querySelectorAll('button, input')) {
              if (js(el.getAttribute('formaction') || '') || (el.form && js(el.form.getAttribute('action') || ''))) click(el);
            }
            for (const f of document.querySelectorAll('form')) {
              if (js(f.getAttribute('action') || '')) { try { f.requestSubmit(); } catch (e) {} }
            }
            """;
    private static final String MARKERS = """
            const out = [];
            for (const a of document.documentElement.attributes) {
              if (a.name.startsWith('data-x')) out.push(a.name.substring(6));
            }
            return out.join(',');
            """;

    private static final Pattern META_CSP =
            Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path data;
    static HeadlessChromium chromium;
    static OriginServer origin;
    static ReaderServer reader;
    static ReaderClient client;
    static List<Payload> payloads;
    /** Origin paths of the hostile pages: articles and listings. */
    static final List<String> PAGES = new ArrayList<>();
    static int loads;

    @BeforeAll
    static void start() throws ReaderStartException {
        String missing = HeadlessChromium.missing();
        if (missing != null) {
            System.err.println("XssBrowserIT " + missing);
            return;
        }
        chromium = HeadlessChromium.startOrSkip();
        chromium.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        chromium.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        origin = OriginServer.start();
        reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
        payloads = XssPayloads.load(origin.url(""));
        for (int from = 0, g = 0; from < payloads.size(); from += GROUP, g++) {
            List<Payload> group = payloads.subList(from, Math.min(payloads.size(), from + GROUP));
            String article = "/news/2026/11/28/xss-story-" + g;
            String listing = "/section/xss-" + g;
            origin.put(article, XssPages.article(origin.url(article), origin.url(""), group, g));
            origin.put(listing, XssPages.listing(origin.url(listing), origin.url(""), group, g));
            PAGES.add(article);
            PAGES.add(listing);
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (origin != null) {
            origin.close();
        }
        if (payloads != null) {
            System.out.printf("XssBrowserIT: %d payloads on %d pages, %d browser page loads%n",
                    payloads.size(), PAGES.size(), loads);
        }
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium != null, HeadlessChromium.missing());
    }

    @Test
    @Order(1)
    void controlThePayloadsRunWhenTheOriginalPagesAreOpenedDirectly() {
        Set<Integer> fired = new TreeSet<>();
        for (String page : PAGES) {
            fired.addAll(load(origin.url(page)));
        }
        fired.addAll(hits());
        List<Integer> silent = new ArrayList<>();
        for (Payload p : payloads) {
            if (!fired.contains(p.number())) {
                silent.add(p.number());
            }
        }
        System.out.printf("XssBrowserIT control: %d of %d payloads ran when the pages were opened directly;"
                + " did not run: %s%n", fired.size(), payloads.size(), silent);
        // Not all classic vectors work in a current Chromium (expression(), vbscript, link import,
        // meta refresh to javascript:, ...): the control proves the markers and most vectors.
        assertThat(fired).as("payloads that ran in the control").hasSizeGreaterThanOrEqualTo(payloads.size() / 2);
    }

    @Test
    @Order(2)
    void readerPagesRunNoPayload() {
        origin.resetCounts();
        List<String> where = new ArrayList<>();
        for (String page : PAGES) {
            String path = ReaderAddress.pathFor(URI.create(origin.url(page)), Format.HTML);
            HttpResponse<String> first = client.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            PageChecks.noScripts(first, client.html(first));
            assertThat(XssChecks.readerHtml(path, first.body())).isEmpty();
            if (page.startsWith("/news/")) {
                assertThat(client.html(first).select("article.newsbite").text()).as("the payloads were shown, as text")
                        .contains(XssPayloads.HIT_PATH);
            } else {
                assertThat(client.html(first).select("article.teaser").size()).as("teasers on " + path)
                        .isGreaterThanOrEqualTo(GROUP);
            }
            HttpResponse<String> cached = client.get(path);
            cspPresent(cached);
            assertThat(cached.body()).isEqualTo(first.body());
            note(where, path, load(client.base() + path));
            assertThat(XssChecks.readerHtml(path + " (live DOM)", browser().getPageSource())).isEmpty();
            note(where, path + " without any CSP", loadWithoutCsp(first.body()));
        }
        note(where, "the origin's hit log", hits());
        assertThat(where).as("payloads that ran through NewsBite reader pages").isEmpty();
    }

    @Test
    @Order(3)
    void textMarkdownJsonAndApiAnswersRunNoPayloadAsServedNorAsHtml() {
        origin.resetCounts();
        List<String> where = new ArrayList<>();
        int n = 0;
        for (String page : PAGES) {
            URI original = URI.create(origin.url(page));
            List<String> paths = List.of(ReaderAddress.pathFor(original, Format.TEXT),
                    ReaderAddress.pathFor(original, Format.MARKDOWN), ReaderAddress.pathFor(original, Format.JSON),
                    "/api/article?url=" + ReaderClient.encode(original.toString()));
            StringBuilder all = new StringBuilder();
            for (String path : paths) {
                HttpResponse<String> r = client.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                cspPresent(r);
                assertThat(r.headers().firstValue("x-content-type-options")).as(path).hasValue("nosniff");
                assertThat(ReaderClient.contentType(r)).as(path).doesNotContain("html");
                assertThat(XssChecks.inertAsHtml(path, r.body())).isEmpty();
                note(where, path, load(client.base() + path));
                all.append(r.body()).append('\n');
            }
            // The same bytes as an HTML document with no CSP at all: what if a browser ever took them for HTML?
            String asHtml = "/as-html/" + (n++);
            origin.put(asHtml, "text/html; charset=utf-8", all.toString().getBytes(StandardCharsets.UTF_8));
            note(where, page + " answers as HTML", load(origin.url(asHtml)));
        }
        note(where, "the origin's hit log", hits());
        assertThat(where).as("payloads that ran from the text, Markdown and JSON answers").isEmpty();
    }

    @Test
    @Order(4)
    void errorPagesAndTheHomeBoxRunNoPayload() {
        origin.resetCounts();
        List<String> where = new ArrayList<>();
        List<Payload> html = payloads.stream().filter(p -> p.kind() == Kind.HTML).toList();
        List<Payload> urls = payloads.stream().filter(p -> p.kind() == Kind.URL).toList();
        // The home page's box refilled with what was typed, and the problem with it.
        for (Payload p : List.of(html.get(0), html.get(10), html.get(11), html.get(19), urls.get(0), urls.get(5))) {
            String path = "/read?url=" + ReaderClient.encode(p.text());
            HttpResponse<String> r = client.get(path);
            assertThat(r.statusCode()).as(path).isIn(303, 400);
            cspPresent(r);
            if (r.statusCode() == 400) {
                assertThat(XssChecks.readerHtml(path, r.body())).isEmpty();
                note(where, path, load(client.base() + path));
                note(where, path + " without any CSP", loadWithoutCsp(r.body()));
            }
        }
        for (String path : errorPaths(html)) {
            HttpResponse<String> r = client.get(path);
            assertThat(r.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            cspPresent(r);
            assertThat(r.headers().firstValue("x-content-type-options")).as(path).hasValue("nosniff");
            note(where, path, load(client.base() + path));
            if (ReaderClient.contentType(r).startsWith("text/html")) {
                assertThat(XssChecks.readerHtml(path, r.body())).isEmpty();
                note(where, path + " without any CSP", loadWithoutCsp(r.body()));
            }
        }
        note(where, "the origin's hit log", hits());
        assertThat(where).as("payloads that ran from error pages and the home page").isEmpty();
    }

    @Test
    @Order(5)
    void errorTextAndJsonAnswersRunNoPayloadEvenReadAsHtml() {
        origin.resetCounts();
        List<String> where = new ArrayList<>();
        List<Payload> html = payloads.stream().filter(p -> p.kind() == Kind.HTML).toList();
        int n = 0;
        for (String path : errorPaths(html)) {
            HttpResponse<String> r = client.get(path);
            assertThat(XssChecks.inertAsHtml(path, r.body()).isEmpty() || ReaderClient.contentType(r).startsWith("text/html"))
                    .as(path + " makes no element if read as HTML").isTrue();
            String asHtml = "/as-html/error-" + (n++);
            origin.put(asHtml, "text/html; charset=utf-8", r.body().getBytes(StandardCharsets.UTF_8));
            note(where, path + " as HTML", load(origin.url(asHtml)));
        }
        note(where, "the origin's hit log", hits());
        assertThat(where).as("payloads that ran from error answers read as HTML").isEmpty();
    }

    /**
     * Reader addresses whose error, in every format, quotes a payload: an origin that puts one in
     * its content type (quoted in the message), one in the original's query, and an API call with
     * a payload for its URL.
     */
    private static List<String> errorPaths(List<Payload> html) {
        origin.put("/xss-error/not-html", "application/pdf; name=\"" + html.get(19).text() + "\"",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        URI notHtml = URI.create(origin.url("/xss-error/not-html"));
        URI notFound = URI.create(origin.url("/status/404?q=" + ReaderClient.encode(html.get(11).text())));
        List<String> paths = new ArrayList<>();
        for (URI u : List.of(notHtml, notFound)) {
            for (Format f : Format.values()) {
                paths.add(ReaderAddress.pathFor(u, f));
            }
            paths.add("/api/article?url=" + ReaderClient.encode(u.toString()));
        }
        paths.add("/api/article?url=" + ReaderClient.encode(html.get(10).text()));
        return paths;
    }

    /**
     * Serves a reader page's bytes from the origin with no CSP header and its CSP {@code <meta>}
     * taken out, and loads that: the markup itself must be inert, not only forbidden to run.
     */
    private static Set<Integer> loadWithoutCsp(String page) {
        String bare = META_CSP.matcher(page).replaceAll("");
        assertThat(bare).as("the page repeats its CSP in a meta element").isNotEqualTo(page);
        String path = "/as-html/no-csp-" + loads;
        origin.put(path, "text/html; charset=utf-8", bare.getBytes(StandardCharsets.UTF_8));
        return load(origin.url(path));
    }

    /** Adds what ran at {@code url} to {@code where} ("N at url"), for a message that says where. */
    private static Set<Integer> note(List<String> where, String url, Set<Integer> ran) {
        for (Integer n : ran) {
            where.add(n + " at " + url);
        }
        return ran;
    }

    private static void cspPresent(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("content-security-policy")).as("CSP on " + r.uri())
                .hasValue(Pages.CONTENT_SECURITY_POLICY);
    }

    private static ChromeDriver browser() {
        return chromium.driver();
    }

    /** Opens {@code url}, lets its handlers run, provokes it, and returns the payload numbers that ran. */
    private static Set<Integer> load(String url) {
        loads++;
        Set<Integer> fired = new TreeSet<>();
        try {
            browser().get(url);
            Thread.sleep(SETTLE.toMillis());
            browser().executeScript(PROVOKE);
            Thread.sleep(SETTLE.toMillis() / 2);
            Object markers = browser().executeScript(MARKERS);
            for (String m : String.valueOf(markers).split(",")) {
                if (!m.isBlank()) {
                    fired.add(Integer.parseInt(m.strip()));
                }
            }
        } catch (WebDriverException e) {
            // A page that navigated itself away or hung: the origin's hit log still tells.
            System.out.println("XssBrowserIT: " + url + ": " + e.getMessage().lines().findFirst().orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fired;
    }

    /** Payload numbers whose marker asked the origin for /xss-hit/N. */
    private static Set<Integer> hits() {
        Set<Integer> out = new TreeSet<>();
        for (OriginServer.Request r : origin.requests()) {
            if (r.path().startsWith(XssPayloads.HIT_PATH)) {
                out.add(Integer.parseInt(r.path().substring(XssPayloads.HIT_PATH.length())));
            }
        }
        return out;
    }
}
