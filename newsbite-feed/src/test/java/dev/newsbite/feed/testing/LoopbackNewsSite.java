package dev.newsbite.feed.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 (an ephemeral port) for feed tests: a section page linking five
 * stories, the stories themselves, a partial RSS 2.0 feed and a partial Atom feed. The section
 * page and the Atom feed carry an ETag and answer a matching If-None-Match with 304; the RSS feed
 * carries a Last-Modified date and answers a matching If-Modified-Since with 304. Counts every
 * request by path and keeps the conditional headers it was sent.
 */
public final class LoopbackNewsSite implements AutoCloseable {
    public static final String SECTION = "/world/";
    public static final String RSS = "/feeds/world.rss";
    public static final String ATOM = "/feeds/world.atom";
    /** A story page: an article, so not a source of a feed. */
    public static final String A_STORY = Story.ALL.get(0).path();

    /** One story of the site. */
    public record Story(String path, String title, String standfirst, String author, String published,
            List<String> paragraphs) {
        public static final List<Story> ALL = List.of(
                new Story("/world/2026/11/27/river-towns-rebuild-after-autumn-floods",
                        "River towns rebuild after the autumn floods",
                        "Volunteers and engineers race to reopen bridges before winter sets in.",
                        "Mara Lindqvist", "2026-11-27T08:00:00Z", List.of(
                        "Three weeks after the river burst its banks, the towns along its lower valley are counting the cost and clearing the mud from ground floors, school yards and the old market square.",
                        "Engineers say two of the four road bridges can reopen before the first frost, provided the piers pass the inspections planned for next week. The other two will need new foundations.",
                        "Volunteers from neighbouring districts have arrived by the busload, sleeping in the sports hall and working in shifts to empty cellars and carry ruined furniture to the skips.",
                        "The regional council has promised emergency grants to households without insurance, though many residents say the forms are long and the money slow to arrive.")),
                new Story("/world/2026/11/27/port-strike-ends-with-three-year-pay-deal",
                        "Port strike ends with a three-year pay deal",
                        "Dock workers vote to accept the offer after eleven days of stoppage.",
                        "Tomas Okafor", "2026-11-27T07:30:00Z", List.of(
                        "Dock workers at the country's largest container port voted on Thursday to accept a three-year pay deal, ending a stoppage that left ships waiting at anchor for eleven days.",
                        "The agreement raises wages in each of the three years and limits the use of agency staff on night shifts, the point on which talks had broken down twice this month.",
                        "Shipping lines warned that clearing the backlog would take at least a fortnight, with perishable cargo given priority at the quayside cranes.",
                        "Union leaders called the result a fair settlement, while the port authority said it would now press ahead with the automation plans it had put on hold.")),
                new Story("/world/2026/11/26/mountain-villages-vote-on-wind-farm-plan",
                        "Mountain villages vote on a disputed wind farm plan",
                        "A referendum splits neighbours over turbines on the high pasture.",
                        "Ines Carvalho", "2026-11-26T12:00:00Z", List.of(
                        "Voters in five mountain villages go to the polls on Sunday to decide whether twelve wind turbines may be built on the high pasture above the valley.",
                        "Supporters point to the rent the operator would pay the communes, enough to keep the village school open and to repair the road that floods every spring.",
                        "Opponents fear for the grazing land, the migrating birds and the view that draws walkers to the area each summer, and they have covered barns with hand-painted banners.",
                        "Turnout is expected to be high: in a region where most families have farmed the same slopes for generations, few are undecided about the future of the pasture.")),
                new Story("/world/2026/11/26/night-trains-return-to-the-northern-line",
                        "Night trains return to the northern line after a decade",
                        "Sleeper carriages run again between the capital and the coast.",
                        "Pavel Dvorak", "2026-11-26T10:00:00Z", List.of(
                        "For the first time in ten years, a sleeper train left the capital on Wednesday evening bound for the northern coast, its carriages refurbished and every berth sold.",
                        "The rail operator revived the service after a study found that many travellers would trade a short flight for a night on board and an early arrival in the town centre.",
                        "Passengers on the first departure included families, students going home and a retired driver who had worked the route until it was cut for lack of money.",
                        "Tickets for the winter timetable are already scarce, and the operator says it will add a second set of carriages if demand holds through the spring.")),
                new Story("/world/2026/11/25/museum-reopens-its-restored-glass-hall",
                        "Museum reopens its restored glass hall to visitors",
                        "Five years of repairs end with a weekend of free entry.",
                        "Amira Haddad", "2026-11-25T09:00:00Z", List.of(
                        "The city museum reopened its glass hall on Saturday after five years of repairs to the iron frame and the thousands of panes that make up its curved roof.",
                        "Restorers replaced rusted ribs one at a time, keeping the original bolts where they could and casting new ones in the old foundry pattern where they could not.",
                        "The hall's collection of carriages and early bicycles returns in stages over the winter, beginning with the royal coach that stood at the entrance for a century.",
                        "Entry is free over the opening weekend, and the museum expects queues along the river path from the moment the doors open in the morning.")));

        /** The story's page, as the site serves it. */
        public String html() {
            StringBuilder body = new StringBuilder();
            for (String p : paragraphs) {
                body.append("      <p>").append(p).append("</p>\n");
            }
            return resource("story-page.html").replace("{{title}}", title).replace("{{standfirst}}", standfirst)
                    .replace("{{author}}", author).replace("{{published}}", published)
                    .replace("{{paragraphs}}", body.toString());
        }
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastIfNoneMatch = new ConcurrentHashMap<>();
    private final Map<String, String> lastIfModifiedSince = new ConcurrentHashMap<>();
    /** The RSS feed is dated, not tagged: it tests If-Modified-Since. */
    static final String RSS_LAST_MODIFIED = "Fri, 27 Nov 2026 18:00:00 GMT";
    private final Map<String, Integer> broken = new ConcurrentHashMap<>();
    private volatile String sectionEtag = "\"section-1\"";

    private LoopbackNewsSite(HttpServer server) {
        this.server = server;
    }

    public static LoopbackNewsSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackNewsSite site = new LoopbackNewsSite(server);
            server.createContext("/", site::handle);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port} followed by {@code path}. */
    public URI url(String path) {
        return URI.create(base() + path);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests for {@code path} so far. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Requests for story pages so far. */
    public int storyHits() {
        return Story.ALL.stream().mapToInt(s -> hits(s.path())).sum();
    }

    /** The If-None-Match header of the last request for {@code path}, or null. */
    public String lastIfNoneMatch(String path) {
        return lastIfNoneMatch.get(path);
    }

    /** The If-Modified-Since header of the last request for {@code path}, or null. */
    public String lastIfModifiedSince(String path) {
        return lastIfModifiedSince.get(path);
    }

    /** From now on {@code path} answers {@code status} (an error). */
    public void breakPage(String path, int status) {
        broken.put(path, status);
    }

    /** {@code path} answers as it did before {@link #breakPage}. */
    public void mendPage(String path) {
        broken.remove(path);
    }

    /** The section page changes: a new ETag, so the next conditional request gets the page again. */
    public void changeSection() {
        sectionEtag = "\"section-" + System.nanoTime() + "\"";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if (inm != null) {
                lastIfNoneMatch.put(path, inm);
            } else {
                lastIfNoneMatch.remove(path);
            }
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (ims != null) {
                lastIfModifiedSince.put(path, ims);
            } else {
                lastIfModifiedSince.remove(path);
            }
            Integer status = broken.get(path);
            if (status != null) {
                send(ex, status, "text/html; charset=utf-8", "<p>Error " + status + "</p>", null);
                return;
            }
            switch (path) {
                case SECTION -> conditional(ex, inm, sectionEtag, "text/html; charset=utf-8",
                        resource("section-page-world.html"));
                case RSS -> {
                    if (RSS_LAST_MODIFIED.equals(ims)) {
                        ex.sendResponseHeaders(304, -1);
                    } else {
                        ex.getResponseHeaders().set("Last-Modified", RSS_LAST_MODIFIED);
                        send(ex, 200, "application/rss+xml; charset=utf-8",
                                resource("partial-feed-world.rss").replace("{{base}}", base()), null);
                    }
                }
                case ATOM -> conditional(ex, inm, "\"atom-1\"", "application/atom+xml",
                        resource("partial-feed-world.atom").replace("{{base}}", base()));
                default -> {
                    Story story = Story.ALL.stream().filter(s -> s.path().equals(path)).findFirst().orElse(null);
                    if (story == null) {
                        send(ex, 404, "text/html; charset=utf-8", "<p>Not found</p>", null);
                    } else {
                        send(ex, 200, "text/html; charset=utf-8", story.html(), null);
                    }
                }
            }
        }
    }

    private static void conditional(HttpExchange ex, String ifNoneMatch, String etag, String type, String body)
            throws IOException {
        if (etag.equals(ifNoneMatch)) {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, type, body, etag);
    }

    private static void send(HttpExchange ex, int status, String type, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    static String resource(String name) {
        try (InputStream in = LoopbackNewsSite.class.getResourceAsStream("/dev/newsbite/feed/site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
