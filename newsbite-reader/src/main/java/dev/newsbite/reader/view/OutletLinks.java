package dev.newsbite.reader.view;

import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.view.PageModels.OutletLink;
import dev.newsbite.similar.Outlet;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "Also published by" list of a reader page, made from other outlets' copies of the story: each a
 * link to the copy's reader path (only http(s) pages have one; anything else is left out), with the
 * outlet's name (or host), headline and date on one bounded line each. The template escapes it all.
 */
final class OutletLinks {
    /** A story syndicated everywhere would fill the page; the best few say enough. */
    static final int MAX_SHOWN = 8;
    static final int MAX_SITE_CHARS = 120;
    static final int MAX_TITLE_CHARS = 200;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private OutletLinks() {
    }

    static List<OutletLink> of(List<Outlet> outlets) {
        List<OutletLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Outlet o : outlets) {
            if (links.size() >= MAX_SHOWN) {
                break;
            }
            String href = ReaderLinks.isWebPage(o.url()) ? ReaderAddress.pathFor(o.url()).orElse(null) : null;
            if (href == null || !href.startsWith("/") || href.startsWith("//") || !seen.add(href)) {
                continue;
            }
            String site = BiteBoxes.bounded(o.site(), MAX_SITE_CHARS);
            if (site == null) {
                site = BiteBoxes.bounded(Pages.hostOf(o.url()), MAX_SITE_CHARS);
            }
            links.add(new OutletLink(href, site == null ? "Another outlet" : site,
                    BiteBoxes.bounded(o.title(), MAX_TITLE_CHARS),
                    o.published() == null ? null : DateTimeFormatter.ISO_INSTANT.format(o.published()),
                    o.published() == null ? null : DAY.format(o.published())));
        }
        return links;
    }
}
