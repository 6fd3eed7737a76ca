package dev.newsbite.reader.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What every HTML page of the reader must hold, whatever it shows. */
public final class PageChecks {
    private PageChecks() {
    }

    /** The Content-Security-Policy header forbids every script, and the page carries none. */
    public static void noScripts(HttpResponse<String> response, Document page) {
        String csp = response.headers().firstValue("content-security-policy").orElse(null);
        assertThat(csp).as("Content-Security-Policy header").isNotNull();
        Map<String, String> directives = directives(csp);
        String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
        assertThat(scripts).as("effective script-src in " + csp).isEqualTo("'none'");
        for (String loosening : new String[] {"script-src-elem", "script-src-attr"}) {
            assertThat(directives.getOrDefault(loosening, "'none'")).as(loosening).isEqualTo("'none'");
        }
        assertThat(page.select("script, iframe, object, embed, frame, base, form[action^=javascript]")).isEmpty();
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute on <" + e.tagName() + ">")
                        .doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as("value of " + a.getKey())
                        .doesNotStartWith("javascript:");
            });
        }
    }

    /** Directive name to its value, as the browser reads the first occurrence. */
    public static Map<String, String> directives(String csp) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : csp.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int space = p.indexOf(' ');
            String name = (space < 0 ? p : p.substring(0, space)).toLowerCase(Locale.ROOT);
            out.putIfAbsent(name, space < 0 ? "" : p.substring(space + 1).strip());
        }
        return out;
    }

    /** How often {@code needle} occurs in {@code text}. */
    public static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
