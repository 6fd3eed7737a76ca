package dev.newsbite.meta;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The non-empty texts of some headings, taken from the elements on first use: most pages never ask. */
final class HeadingTexts extends AbstractList<String> {
    private final int maxChars;
    private final List<Element> elements = new ArrayList<>();
    private List<String> texts;

    HeadingTexts(int maxChars) {
        this.maxChars = maxChars;
    }

    void add(Element heading) {
        elements.add(heading);
        texts = null;
    }

    int elementCount() {
        return elements.size();
    }

    private List<String> texts() {
        if (texts == null) {
            texts = new ArrayList<>(elements.size());
            for (Element el : elements) {
                String text = MetaText.boundedText(el, maxChars);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    @Override
    public String get(int index) {
        return texts().get(index);
    }

    @Override
    public int size() {
        return texts().size();
    }
}
