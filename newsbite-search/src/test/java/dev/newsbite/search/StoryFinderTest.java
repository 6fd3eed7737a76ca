package dev.newsbite.search;

import static dev.newsbite.search.Articles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryPrint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFinderTest {
    private static final String[] STORY = {
        "The city council approved a new plan on Tuesday to rebuild the harbour wall that collapsed during the"
            + " winter storms, after months of argument over who should pay for the repairs.",
        "Engineers told the council that the work would take at least two years and cost more than forty million,"
            + " most of it to be found from the national flood defence budget.",
        "Residents of the old quarter, whose houses were flooded three times last winter, said they welcomed the"
            + " decision but feared the delays that had held up earlier projects along the coast.",
        "The mayor said the first contracts would be signed before the summer and promised regular public"
            + " meetings so that people living near the harbour could follow the progress of the work.",
    };

    @TempDir
    Path dir;

    @Test
    void findsOtherCopiesOfAStoryButNotItselfNorOtherStories() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            IndexedArticle original = entry("https://times.example/harbour", "Harbour wall to be rebuilt",
                    "2026-01-05T08:00:00Z", "The Times", STORY);
            IndexedArticle copy = entry("https://herald.example/wall", "Council backs harbour plan", null,
                    "The Herald", STORY[0], STORY[1], STORY[2], "Read more stories from the Herald every day.");
            IndexedArticle other = entry("https://times.example/trains", "Trains late again", null, "The Times",
                    "Trains across the region ran late for the third day in a row after a signal failure near"
                            + " the main station left hundreds of passengers stranded on cold platforms.",
                    "The operator apologised and said engineers were working through the night to find the"
                            + " fault, while buses replaced some services between the smaller towns.");
            index.add(original);
            index.add(copy);
            index.add(other);
            index.refresh();
            StoryPrint print = StoryPrint.of(original.article());
            assertThat(index.storyGroups().sameStory(original.url(), print, 5)).extracting(Outlet::url)
                    .containsExactly("https://herald.example/wall");
            Outlet found = index.storyGroups().sameStory(original.url(), print, 5).get(0);
            assertThat(found.site()).isEqualTo("The Herald");
            assertThat(found.title()).isEqualTo("Council backs harbour plan");
            assertThat(found.published()).isNull();
            assertThat(index.storyGroups().sameStory(copy.url(), StoryPrint.of(copy.article()), 5))
                    .extracting(Outlet::url, Outlet::published)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("https://times.example/harbour",
                            java.time.Instant.parse("2026-01-05T08:00:00Z")));
            assertThat(index.storyGroups().sameStory(original.url(), print, 0)).isEmpty();
            assertThat(index.storyGroups().sameStory(other.url(), StoryPrint.of(other.article()), 5)).isEmpty();
            assertThat(index.storyGroups().sameStory("x", StoryPrint.ofText("too short"), 5)).isEmpty();
        }
    }
}
