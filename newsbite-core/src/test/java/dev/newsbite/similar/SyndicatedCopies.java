package dev.newsbite.similar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Heading;
import dev.newsbite.model.PageType;
import dev.newsbite.similar.OutletTemplates.Outlet;
import dev.newsbite.similar.OutletTemplates.PageSpec;
import dev.newsbite.similar.OutletTemplates.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The syndication fixture set: the project's own fixture stories, each published by its first outlet and
 * reprinted by one to three others with the edits outlets make (a new headline, paragraphs cut from the end
 * or the middle, paragraphs moved, merged or split, a few words changed, the dateline dropped, a different
 * credit line and chrome), plus hand-written follow-up stories about the same people and places (which
 * are other stories, and whose own reprints sometimes carry a background paragraph from the first story).
 * Every page is real HTML for the extractor to read. Deterministic: one seed drives every choice. Public for the search index's own evaluation of its
 * lookups.
 */
public final class SyndicatedCopies {

    /** A page and the story it truly carries. */
    public record Page(String url, byte[] html, String story, String kind) {}

    /** A story as text: a headline and its parts. */
    record Story(String id, String headline, List<Part> parts) {}

    private static final String[] CREDITS = {
        "This article was originally published by %s and is republished here with permission.",
        "Reporting by %s; editing by the news desk.",
        "Copyright 2026 %s. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Additional reporting by agencies.",
        "Distributed by %s wire service.",
    };

    private static final java.util.regex.Pattern FIRST_SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?][\"”]? (?=[A-Z\"“])");

    private final Random random;
    private final List<Page> pages = new ArrayList<>();

    private SyndicatedCopies(long seed) {
        this.random = new Random(seed);
    }

    /** Builds the whole set. */
    public static List<Page> build(long seed, Extractor extractor) {
        SyndicatedCopies set = new SyndicatedCopies(seed);
        List<Story> bite = set.textStories("bite", "article.txt");
        List<Story> followUps = set.textStories("similar/follow-ups", null);
        List<String> headlines = new ArrayList<>();
        bite.forEach(s -> headlines.add(s.headline()));
        for (Story story : bite) {
            set.publish(story, List.of(), headlines);
        }
        for (Story followUp : followUps) {
            Story first = bite.stream().filter(s -> s.id().equals(followUp.id())).findFirst().orElseThrow();
            set.publish(new Story("follow-up/" + followUp.id(), followUp.headline(), followUp.parts()),
                    first.parts(), headlines);
        }
        set.reprintFixturePages(extractor, headlines);
        return List.copyOf(set.pages);
    }

    /** Stories kept as text: a headline line, then paragraphs separated by blank lines. */
    private List<Story> textStories(String folder, String fileInFolder) {
        List<Story> stories = new ArrayList<>();
        for (Path path : listed(folder)) {
            Path file = fileInFolder == null ? path : path.resolve(fileInFolder);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = read(file).replace("\r\n", "\n").strip();
            String[] blocks = text.split("\n\\s*\n");
            List<Part> parts = new ArrayList<>();
            for (int i = 1; i < blocks.length; i++) {
                String block = blocks[i].strip().replaceAll("\\s+", " ");
                parts.add(new Part(block.length() < 60 && !block.endsWith("."), block));
            }
            String id = path.getFileName().toString().replaceFirst("\\.txt$", "");
            stories.add(new Story(id, blocks[0].strip(), parts));
        }
        return stories;
    }

    /**
     * The behaviour fixture pages that are stories: the page itself is the first outlet's copy, and
     * reprints are made from the text the extractor finds in it.
     */
    private void reprintFixturePages(Extractor extractor, List<String> headlines) {
        ObjectMapper json = new ObjectMapper();
        for (Path folder : listed("pages")) {
            Path page = folder.resolve("page.html");
            Path expected = folder.resolve("expected.json");
            if (!Files.isRegularFile(page) || !Files.isRegularFile(expected)) {
                continue;
            }
            try {
                JsonNode want = json.readTree(Files.readAllBytes(expected));
                String url = want.path("url").asText(null);
                byte[] bytes = Files.readAllBytes(page);
                Article article = extractor.extract(bytes, url, null).article();
                List<Part> parts = new ArrayList<>();
                for (Block block : article.body()) {
                    String text = block.text();
                    if (text != null && !text.isBlank()) {
                        parts.add(new Part(block instanceof Heading, text.replace('\n', ' ')));
                    }
                }
                int words = parts.stream().mapToInt(p -> p.text().split("\\s+").length).sum();
                if (url == null || article.pageType() != PageType.ARTICLE || words < 100 || article.title() == null) {
                    continue;
                }
                String id = "page/" + folder.getFileName();
                pages.add(new Page(url, bytes, id, "fixture page"));
                reprint(new Story(id, article.title(), parts), article.siteName() == null ? "staff" : article.siteName(),
                        List.of(), headlines, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (dev.newsbite.ExtractionException e) {
                throw new IllegalStateException(folder + ": " + e.getMessage(), e);
            }
        }
    }

    /** The first outlet's page and its reprints. */
    private void publish(Story story, List<Part> background, List<String> headlines) {
        Outlet first = OutletTemplates.OUTLETS.get(random.nextInt(OutletTemplates.OUTLETS.size()));
        String url = first.url(section(), slug(story.headline()));
        String published = date();
        pages.add(new Page(url, html(first, new PageSpec(url, story.headline(), byline(), published, story.parts(),
                random.nextInt(3) == 0 ? credit(first.site()) : null, null)), story.id(), "first"));
        reprint(story, first.site(), background, headlines, first);
    }

    private void reprint(Story story, String firstSite, List<Part> background, List<String> headlines, Outlet first) {
        int copies = 1 + random.nextInt(3);
        List<Outlet> outlets = new ArrayList<>(OutletTemplates.OUTLETS);
        outlets.remove(first);
        for (int c = 0; c < copies; c++) {
            Outlet outlet = outlets.remove(random.nextInt(outlets.size()));
            CopyEdits edits = new CopyEdits(random);
            List<Part> parts = edits.edit(story.parts());
            String kind = edits.kind();
            if (!background.isEmpty() && random.nextBoolean()) {
                // A follow-up reprint that adds background from the first story: mostly one sentence of
                // it, sometimes a whole paragraph pasted in.
                Part recap = background.get(random.nextInt(Math.min(3, background.size())));
                boolean whole = random.nextInt(3) == 0;
                parts.add(Math.min(2, parts.size()), whole ? recap : new Part(false, firstSentence(recap.text())));
                kind += whole ? "+background paragraph" : "+background sentence";
            }
            String url = outlet.url(section(), slug(story.headline()));
            String readMore = random.nextInt(3) == 0 ? headlines.get(random.nextInt(headlines.size())) : null;
            String credit = random.nextInt(4) == 0 ? null : credit(firstSite);
            pages.add(new Page(url, html(outlet, new PageSpec(url, edits.headline(story.headline()), byline(), date(),
                    parts, credit, readMore)), story.id(), kind));
        }
    }

    private static String firstSentence(String text) {
        java.util.regex.Matcher end = FIRST_SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static byte[] html(Outlet outlet, PageSpec spec) {
        return OutletTemplates.render(outlet, spec).getBytes(StandardCharsets.UTF_8);
    }

    private String credit(String site) {
        return String.format(CREDITS[random.nextInt(CREDITS.length)], site);
    }

    private String section() {
        return List.of("news", "world", "business", "local", "national", "2026/05").get(random.nextInt(6));
    }

    private String slug(String headline) {
        String words = headline.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (words.length() > 60) {
            words = words.substring(0, 60);
        }
        return words + "-" + Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF));
    }

    private String byline() {
        return List.of("Staff reporter", "Maya Lindqvist", "Owen Baptiste", "Priya Raman", "Tomas Keller", "News desk")
                .get(random.nextInt(6));
    }

    private String date() {
        return OffsetDateTime.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28), random.nextInt(24), 0, 0, 0,
                ZoneOffset.ofHours(random.nextInt(3))).toString();
    }

    private static List<Path> listed(String folder) {
        try {
            java.net.URI uri = SyndicatedCopies.class.getResource("/" + folder).toURI();
            if ("jar".equals(uri.getScheme())) {
                openJar(uri); // read from the test jar, as another module's tests do
            }
            Path dir = Path.of(uri);
            try (Stream<Path> children = Files.list(dir)) {
                return children.sorted().toList();
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list test resources " + folder, e);
        }
    }

    private static synchronized void openJar(java.net.URI uri) throws IOException {
        try {
            java.nio.file.FileSystems.getFileSystem(uri);
        } catch (java.nio.file.FileSystemNotFoundException e) {
            java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
