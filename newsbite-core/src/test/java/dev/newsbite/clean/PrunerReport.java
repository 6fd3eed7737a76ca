package dev.newsbite.clean;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A developer's look at what the pruner would skip on one saved page: the outermost furniture
 * elements with the most text. Usage: {@code PrunerReport page.html[.gz] [minChars]}.
 */
public final class PrunerReport {
    private PrunerReport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int min = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        byte[] bytes;
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        for (Element e : doc.body().getAllElements()) {
            Pruner.Verdict v = Pruner.judge(e);
            if (v == Pruner.Verdict.NEUTRAL) {
                continue;
            }
            boolean outer = true;
            for (Element p : e.parents()) {
                if (Pruner.judge(p) != Pruner.Verdict.NEUTRAL) {
                    outer = false;
                    break;
                }
            }
            int len = e.text().length();
            if (outer && len >= min) {
                System.out.printf("%-16s %6d <%s class='%s' id='%s' role='%s'>%n", v, len, e.normalName(),
                        e.className(), e.id(), e.attr("role"));
            }
        }
    }
}
