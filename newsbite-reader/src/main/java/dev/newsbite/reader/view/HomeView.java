package dev.newsbite.reader.view;

import dev.newsbite.reader.store.RecentRead;
import java.util.List;

/**
 * The home page: a box to paste a news URL, and the pages read lately.
 *
 * @param recent the pages read lately, newest first
 * @param typed what the person typed, when it is shown again with a problem (or null)
 * @param problem why {@code typed} could not be read (or null)
 */
public record HomeView(List<RecentRead> recent, String typed, String problem) {
    public HomeView {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }
}
