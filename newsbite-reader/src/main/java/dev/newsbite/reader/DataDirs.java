package dev.newsbite.reader;

import java.nio.file.Path;
import java.util.Locale;

/** Where a reader keeps its data when not told: the platform's per-user data place. */
public final class DataDirs {
    private DataDirs() {
    }

    /**
     * {@code $XDG_DATA_HOME/newsbite} (default {@code ~/.local/share/newsbite}) on Linux and other
     * Unix, {@code ~/Library/Application Support/NewsBite} on macOS, {@code %LOCALAPPDATA%\NewsBite}
     * on Windows.
     */
    public static Path perUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("NewsBite");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("NewsBite");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("newsbite");
    }
}
