package dev.newsbite.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Site rules shipped as data ({@code dev/newsbite/rules/sites.json}), loaded once. A lookup walks
 * the host's labels from the full name to its parent domains, one map probe each, so pages of
 * sites without a rule pay almost nothing.
 */
public final class SiteRules {
    static final String RESOURCE = "sites.json";

    private static final SiteRules BUILT_IN = load();

    private final Map<String, SiteRule> byHost;

    SiteRules(List<SiteRule> rules) {
        Map<String, SiteRule> map = new HashMap<>();
        for (SiteRule r : rules) {
            map.put(r.host().toLowerCase(Locale.ROOT), r);
        }
        this.byHost = Map.copyOf(map);
    }

    /** The rules shipped with NewsBite. */
    public static SiteRules builtIn() {
        return BUILT_IN;
    }

    /** The rule for a page's address, if its host (or a parent domain) has one. */
    public static Optional<SiteRule> forUrl(String url) {
        return BUILT_IN.lookup(url);
    }

    public Optional<SiteRule> lookup(String url) {
        if (url == null || url.isEmpty() || byHost.isEmpty()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String h = host; ; ) {
            SiteRule rule = byHost.get(h);
            if (rule != null) {
                return Optional.of(rule);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    public int size() {
        return byHost.size();
    }

    private static SiteRules load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = SiteRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new SiteRules(List.of());
            }
            SiteRule[] rules = json.readValue(in, SiteRule[].class);
            return new SiteRules(List.of(rules));
        } catch (IOException e) {
            throw new UncheckedIOException("bad built-in site rules " + RESOURCE, e);
        }
    }
}
