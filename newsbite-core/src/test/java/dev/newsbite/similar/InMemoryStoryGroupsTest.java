package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryStoryGroupsTest {

    private static Article article(String site, String title, String published, List<String> paragraphs) {
        List<Block> body = paragraphs.stream().<Block>map(Paragraph::new).toList();
        return new Article(null, null, PageType.ARTICLE, title, null, List.of(), published, null, site, null, "en",
                null, body, List.of());
    }

    @Test
    void findsTheOtherCopiesButNeverTheArticleItselfNorADifferentStory() {
        InMemoryStoryGroups groups = new InMemoryStoryGroups();
        groups.add("https://times.example/dairy", article("The Times", "Dairy deal", "2026-05-01T09:00:00+01:00",
                StoryPrintTest.STORY));
        groups.add("https://ledger.example/dairy", article("The Ledger", "Milk merger", "2026-05-02",
                StoryPrintTest.STORY.subList(0, 5)));
        groups.add("https://other.example/loss", article("Other", "Loss widens", null, StoryPrintTest.SAME_TOPIC));
        assertThat(groups.size()).isEqualTo(3);

        StoryPrint print = StoryPrint.ofText(String.join("\n", StoryPrintTest.STORY));
        List<Outlet> found = groups.sameStory("https://times.example/dairy", print, 10);
        assertThat(found).containsExactly(new Outlet("https://ledger.example/dairy", "The Ledger", "Milk merger",
                Instant.parse("2026-05-02T00:00:00Z")));
        assertThat(groups.sameStory("https://elsewhere.example/x", print, 10)).hasSize(2);
        assertThat(groups.sameStory("https://elsewhere.example/x", print, 1)).hasSize(1)
                .first().extracting(Outlet::url).isEqualTo("https://times.example/dairy");
        assertThat(groups.sameStory("x", StoryPrint.ofText("short"), 10)).isEmpty();
    }

    @Test
    void replacingAndRemovingACopyUpdatesTheIndex() {
        InMemoryStoryGroups groups = new InMemoryStoryGroups();
        StoryPrint story = StoryPrint.ofText(String.join("\n", StoryPrintTest.STORY));
        groups.add(new Outlet("https://a.example/1", null, null, null), story);
        groups.add(new Outlet("https://a.example/1", null, null, null),
                StoryPrint.ofText(String.join("\n", StoryPrintTest.SAME_TOPIC)));
        assertThat(groups.sameStory("q", story, 5)).isEmpty();
        groups.add(new Outlet("https://b.example/2", "B", null, null), story);
        assertThat(groups.sameStory("q", story, 5)).extracting(Outlet::url).containsExactly("https://b.example/2");
        assertThat(groups.remove("https://b.example/2")).isTrue();
        assertThat(groups.remove("https://b.example/2")).isFalse();
        assertThat(groups.sameStory("q", story, 5)).isEmpty();
    }

    @Test
    void concurrentAddsAndLookupsAreSafe() throws Exception {
        InMemoryStoryGroups groups = new InMemoryStoryGroups();
        StoryPrint story = StoryPrint.ofText(String.join("\n", StoryPrintTest.STORY));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        groups.add(new Outlet("https://s" + thread + ".example/" + i, null, null, null), story);
                        groups.sameStory("q", story, 3);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(groups.size()).isEqualTo(200);
        assertThat(groups.sameStory("q", story, 1000)).hasSize(200);
    }

    @Test
    void readsPublicationTimesInTheFormsArticlesGive() {
        assertThat(InMemoryStoryGroups.instantOf("2026-05-01T09:00:00+01:00")).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(InMemoryStoryGroups.instantOf("2026-05-01T08:00:00Z")).isEqualTo("2026-05-01T08:00:00Z");
        assertThat(InMemoryStoryGroups.instantOf("2026-05-01")).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(InMemoryStoryGroups.instantOf("yesterday")).isNull();
        assertThat(InMemoryStoryGroups.instantOf(null)).isNull();
    }
}
