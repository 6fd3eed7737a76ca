package dev.newsbite.similar;

import java.util.List;

/** Finds the other copies of a story among everything read. Implementations are thread-safe. */
public interface StoryGroups {

    /**
     * Other articles (never {@code url} itself) whose print is the same story, best first.
     *
     * @param url the article being shown; it is left out of the answer
     * @param print the article's print; an empty print finds nothing
     * @param limit the most copies to return
     * @return the copies, best first, at most {@code limit}; empty (never null) when there are none
     */
    List<Outlet> sameStory(String url, StoryPrint print, int limit);
}
