package dev.newsbite.cli;

import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.reader.DataDirs;
import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.ReaderConfig;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.ReaderStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsbite serve}: the reader web service, on embedded defaults. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the reader: open http://localhost:PORT/ and paste a news URL, or go to",
            "http://localhost:PORT/{host}/{path} to read https://{host}/{path}",
            "(plain http: /http:{host}/{path}). Stop it with Ctrl-C."},
        footer = {"", "Examples:",
            "  newsbite serve",
            "  newsbite serve --port 9000 --data /srv/newsbite",
            "  newsbite serve --host 0.0.0.0   # reachable from other machines"})
final class ServeCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)?");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for every interface).")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where read pages are kept (default: the per-user data directory: ~/.local/share/newsbite on Linux, or $XDG_DATA_HOME/newsbite).")
    Path data;

    @Option(names = "--allow-private",
            description = "Also read pages on loopback, private and link-local addresses "
                    + "(tests, intranets). Without it they are refused.")
    boolean allowPrivate;

    @Option(names = "--fresh-for", paramLabel = "DURATION", defaultValue = "10m",
            description = "How long a page read is served without asking its site again: 90s, 10m, 2h, 1d "
                    + "(default: ${DEFAULT-VALUE}).")
    String freshFor;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "10000000",
            description = "Largest page fetched, as sent and decompressed (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Option(names = "--max-stored-pages", paramLabel = "N", defaultValue = "20000",
            description = "Pages kept in the data directory; past it the least recently fetched are deleted "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxStoredPages;

    @Option(names = "--first-reads-per-minute", paramLabel = "N", defaultValue = "60",
            description = "New pages (origin fetches) one client address may ask for per minute, after a burst "
                    + "of --first-read-burst; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int firstReadsPerMinute;

    @Option(names = "--first-read-burst", paramLabel = "N", defaultValue = "20",
            description = "New pages one client may ask for at once (default: ${DEFAULT-VALUE}).")
    int firstReadBurst;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "3000",
            description = "Requests of any kind one client address may make per minute, after a burst of "
                    + "--request-burst; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int requestsPerMinute;

    @Option(names = "--request-burst", paramLabel = "N", defaultValue = "500",
            description = "Requests one client may make at once (default: ${DEFAULT-VALUE}).")
    int requestBurst;

    @Option(names = "--rate-limit-loopback",
            description = "Hold clients on loopback to the limits too. Off by default: behind a reverse proxy on "
                    + "this machine every visitor comes from 127.0.0.1 (limit at the proxy instead).")
    boolean rateLimitLoopback;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        if (maxBytes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive: " + maxBytes);
        }
        if (maxStoredPages < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-stored-pages must be positive: " + maxStoredPages);
        }
        RateLimits limits;
        try {
            limits = new RateLimits(firstReadsPerMinute, firstReadBurst, requestsPerMinute, requestBurst,
                    rateLimitLoopback);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "rate limits: " + e.getMessage()
                    + " (--first-reads-per-minute, --first-read-burst, --requests-per-minute, --request-burst)");
        }
        Duration fresh = duration(freshFor);
        ReaderConfig config = ReaderConfig.defaults()
                .withHost(host)
                .withPort(port)
                .withDataDir(data != null ? data : DataDirs.perUser())
                .withFreshFor(fresh)
                .withMaxStoredPages(maxStoredPages)
                .withRateLimits(limits)
                .withFetchPolicy(FetchPolicy.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes));
        ReaderServer server;
        try {
            server = ReaderServer.start(config);
        } catch (ReaderStartException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsbite-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().printf("NewsBite reader at %s (pages kept in %s%s)%n", server.baseUri(),
                config.dataDir(), allowPrivate ? "; private addresses allowed" : "");
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the process (an embedding program, a test): close here instead.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fresh-for must be a number with ms, s, m, h or d (e.g. 10m): " + text);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
