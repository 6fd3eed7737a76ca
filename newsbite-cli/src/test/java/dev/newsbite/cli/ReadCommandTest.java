package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class ReadCommandTest {
    private static final String PAGE = HostileFiles.page("A bridge reopens", HostileFiles.STORY);

    private static HttpServer server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", ex -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().set("Location", "/story");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(410, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void readsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("story.html"), PAGE);
        Cli.Result r = Cli.run("read", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The council met on Tuesday").endsWith("\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readsAGzipFile() throws Exception {
        Path file = Files.write(dir.resolve("story.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = Cli.run("read", file.toString(), "--url", "https://example.com/news/bridge");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The council met on Tuesday");
    }

    @Test
    void readsStandardInput() {
        Cli.Result r = Cli.run(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), "read", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The council met on Tuesday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "md", "html", "json", "JSON"})
    void writesEveryFormat(String format) throws Exception {
        Path file = Files.writeString(dir.resolve("story.html"), PAGE);
        Cli.Result r = Cli.run("read", file.toString(), "--format", format);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("council met");
    }

    @Test
    void fetchesAUrlWhenPrivateAddressesAreAllowed() {
        Cli.Result r = Cli.run("read", base + "/moved", "--allow-private");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The council met on Tuesday");
    }

    @Test
    void refusesALoopbackUrlByDefaultAndSaysHowToAllowIt() {
        Cli.Result r = Cli.run("read", base + "/story");
        assertThat(r.code()).isEqualTo(ExitCodes.FETCH);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("newsbite: refused: 127.0.0.1, a loopback address").contains("--allow-private");
        assertOneLine(r.err());
    }

    @Test
    void reportsHttpErrors() {
        Cli.Result r = Cli.run("read", base + "/gone", "--allow-private");
        assertThat(r.code()).isEqualTo(ExitCodes.FETCH);
        assertThat(r.err()).isEqualTo("newsbite: HTTP 410 from " + base + "/gone\n");
    }

    @Test
    void refusesOtherSchemes() {
        Cli.Result r = Cli.run("read", "ftp://example.com/story.html");
        assertThat(r.code()).isEqualTo(ExitCodes.FETCH);
        assertThat(r.err()).contains("only http and https");
    }

    @Test
    void missingFileIsAnInputError() {
        Cli.Result r = Cli.run("read", dir.resolve("nope.html").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("newsbite: " + dir.resolve("nope.html") + ": no such file\n");
    }

    @Test
    void emptyAndBinaryFilesAreInputErrors() throws Exception {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.html"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        for (Path file : new Path[] {empty, binary}) {
            Cli.Result r = Cli.run("read", file.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
            assertThat(r.err()).startsWith("newsbite: " + file + ": ");
            assertOneLine(r.err());
        }
    }

    @Test
    void truncatedGzipPrintsWhatItHasAndWarns() throws Exception {
        byte[] gz = gzip(HostileFiles.page("Long", HostileFiles.STORY.repeat(500)).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));
        Cli.Result r = Cli.run("read", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The council met");
        assertThat(r.err()).startsWith("newsbite: warning: " + file + ": gzip data ends early");
    }

    @Test
    void usageErrorsSayWhatIsWrongAndWhereToLook() throws Exception {
        Path file = Files.writeString(dir.resolve("story.html"), PAGE);
        Cli.Result badFormat = Cli.run("read", file.toString(), "--format", "pdf");
        assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("unknown format 'pdf'").contains("Try 'newsbite read --help'")
                .doesNotContain("Exception");

        assertThat(Cli.run("read").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("read", file.toString(), "--url", "not a url").err()).contains("--url must be an absolute URL");
        Cli.Result urlWithUrl = Cli.run("read", base + "/story", "--url", "https://example.com/");
        assertThat(urlWithUrl.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(urlWithUrl.err()).contains("--url is for files and standard input");
        assertThat(Cli.run("nonsense").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("read").contains("batch").contains("Exit codes:").contains("4    fetch error");
    }

    private static void assertOneLine(String err) {
        assertThat(err.strip()).doesNotContain("\n").doesNotContain("\tat ");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
