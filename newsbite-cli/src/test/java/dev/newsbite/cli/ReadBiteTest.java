package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbite read} prints the bite in every format, and leaves it out on request. */
class ReadBiteTest {
    private static final String PAGE = HostileFiles.page("The city budget is approved", """
            <p>The city council approved the new budget on Tuesday after a debate that lasted nine hours.</p>
            <p>Spending on schools will rise by four percent next year, the largest increase in a decade.</p>
            <p>Mayor Jane Ortiz said the budget protected services while keeping taxes flat for most households.</p>
            <p>Opposition councillors said the plan relied on optimistic forecasts of sales tax revenue.</p>
            """);

    @TempDir
    Path dir;

    @Test
    void textAndMarkdownShowInBriefAndJsonCarriesTheBite() throws Exception {
        Path file = Files.writeString(dir.resolve("budget.html"), PAGE);
        Cli.Result text = Cli.run("read", file.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("In brief\n• ", "1 min read · ");
        assertThat(text.out().indexOf("In brief")).isLessThan(text.out().indexOf("Opposition councillors said"));
        Cli.Result md = Cli.run("read", file.toString(), "--format", "markdown");
        assertThat(md.out()).contains("**In brief**\n\n- ");
        Cli.Result json = Cli.run("read", file.toString(), "--format", "json");
        assertThat(json.out()).contains("\"bite\": {", "\"summary\": [", "\"quotes\": [");
    }

    @Test
    void noBiteLeavesItOut() throws Exception {
        Path file = Files.writeString(dir.resolve("budget.html"), PAGE);
        Cli.Result text = Cli.run("read", file.toString(), "--no-bite");
        assertThat(text.code()).isZero();
        assertThat(text.out()).doesNotContain("In brief").contains("Spending on schools will rise");
        assertThat(Cli.run("read", file.toString(), "--no-bite", "--format", "json").out()).contains("\"bite\": null");
    }
}
