package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    private static final Pattern STARTED = Pattern.compile("NewsBite reader at (http://\\S+/) ");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void startsOnAFreePortAnswersAndStops() throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 4096));
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(NewsBiteCommand.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(pipe, true), new PrintWriter(err))
                .execute("serve", "--port", "0", "--data", dir.resolve("data").toString())));
        serving.start();
        String first = lines.readLine();
        Matcher m = STARTED.matcher(first == null ? "" : first);
        assertThat(m.find()).as("start-up line: " + first + " / " + err).isTrue();
        URI base = URI.create(m.group(1));

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("ok");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("<form").contains("name=\"url\"");
        // Without --allow-private, a loopback page is refused.
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base.resolve("/api/article?url="
                + "http://127.0.0.1:" + base.getPort() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"kind\":\"refused\"");

        serving.interrupt();
        serving.join(30_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(code.get()).isZero();
        assertThat(Files.exists(dir.resolve("data").resolve("pages.db"))).isTrue();
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli.Result fresh = Cli.run("serve", "--fresh-for", "soon", "--data", dir.toString());
        assertThat(fresh.code()).isEqualTo(2);
        assertThat(fresh.err()).contains("--fresh-for");
        Cli.Result port = Cli.run("serve", "--port", "70000", "--data", dir.toString());
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port");
        Cli.Result stored = Cli.run("serve", "--max-stored-pages", "0", "--data", dir.toString());
        assertThat(stored.code()).isEqualTo(2);
        assertThat(stored.err()).contains("--max-stored-pages");
        Cli.Result rate = Cli.run("serve", "--first-reads-per-minute", "-1", "--data", dir.toString());
        assertThat(rate.code()).isEqualTo(2);
        assertThat(rate.err()).contains("--first-reads-per-minute");
        Cli.Result burst = Cli.run("serve", "--requests-per-minute", "10", "--request-burst", "0", "--data",
                dir.toString());
        assertThat(burst.code()).isEqualTo(2);
        assertThat(burst.err()).contains("--request-burst");
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Cli.Result r = Cli.run("serve", "--port", "0", "--data", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("page store").doesNotContain("\tat ");
    }
}
