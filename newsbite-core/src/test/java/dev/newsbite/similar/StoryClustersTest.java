package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustersTest {

    @Test
    void copiesJoinTheirStoryAndOtherStoriesStayApart() {
        String full = String.join("\n", StoryPrintTest.STORY);
        List<String> reversed = new ArrayList<>(StoryPrintTest.STORY);
        Collections.reverse(reversed);
        List<String> texts = List.of(
                full,
                String.join("\n", StoryPrintTest.SAME_TOPIC),
                String.join("\n", reversed),
                "too short to tell",
                String.join("\n", StoryPrintTest.STORY.subList(2, 7)));
        List<List<String>> stories = StoryClusters.group(texts, StoryPrint::ofText);
        assertThat(stories).containsExactly(
                List.of(texts.get(0), texts.get(2), texts.get(4)),
                List.of(texts.get(1)),
                List.of(texts.get(3)));
    }

    @Test
    void nothingGivesNoStories() {
        assertThat(StoryClusters.group(List.<String>of(), StoryPrint::ofText)).isEmpty();
    }
}
