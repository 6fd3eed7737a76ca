package dev.newsbite.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class InputWalkerTest {
    @TempDir
    Path dir;

    @Test
    void walksDepthFirstInNameOrderAndKeepsOnlyPages() throws Exception {
        touch("b.html", "a/z.htm", "a/y/x.html.gz", "a.html", "c.txt", "d.HTML", "e.htm.gz", "a/notes.md");
        List<String> found = names(InputWalker.walk(List.of(dir)).files());
        assertThat(found).containsExactly("a/y/x.html.gz", "a/z.htm", "a.html", "b.html", "d.HTML", "e.htm.gz");
    }

    @Test
    void keepsTheOrderOfTheInputsAndNamedFilesWhateverTheirName() throws Exception {
        touch("one/b.html", "two/a.html", "notes.txt");
        List<Path> inputs = List.of(dir.resolve("two"), dir.resolve("notes.txt"), dir.resolve("one"), dir.resolve("missing.html"));
        assertThat(names(InputWalker.walk(inputs).files())).containsExactly("two/a.html", "notes.txt", "one/b.html", "missing.html");
    }

    @Test
    void survivesLinkLoopsAndVisitsEachPlaceOnce() throws Exception {
        touch("a/page.html");
        Files.createSymbolicLink(dir.resolve("a/up"), dir);
        Files.createSymbolicLink(dir.resolve("a/again"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("self.html"), dir.resolve("self.html"));
        Files.createSymbolicLink(dir.resolve("twin.html"), dir.resolve("a/page.html"));
        InputWalker.Walk walk = InputWalker.walk(List.of(dir, dir.resolve("a")));
        assertThat(names(walk.files())).containsExactly("a/page.html");
        assertThat(walk.warnings()).isEmpty();
    }

    @Test
    void followsLinksToDirectoriesElsewhere() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("p.html"), "<p>x</p>");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);
        assertThat(InputWalker.walk(List.of(root)).files()).containsExactly(root.resolve("linked/p.html"));
    }

    @Test
    void deepTreesDoNotOverflowTheStack() throws Exception {
        Path deep = dir;
        for (int i = 0; i < 200; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.html"), "<p>x</p>");
        assertThat(InputWalker.walk(List.of(dir)).files()).containsExactly(deep.resolve("bottom.html"));
    }

    private void touch(String... names) throws Exception {
        for (String name : names) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "<p>x</p>");
        }
    }

    private List<String> names(List<Path> files) {
        return files.stream().map(f -> dir.relativize(f).toString()).toList();
    }
}
