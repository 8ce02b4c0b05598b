package org.borderwatch.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The system's own way to open an address: {@code xdg-open} on Linux and other Unix desktops,
 * {@code open} on macOS, the URL protocol handler on Windows — run as a process whose failure is
 * seen (JavaFX's {@code HostServices.showDocument} only prints it). Only {@code http} and
 * {@code https} addresses are opened. Thread-safe; blocks up to a few seconds, so call it off the
 * JavaFX Application Thread.
 */
public final class SystemBrowser implements UrlOpener {
    /** How long the opener may take to say it failed, in seconds; a browser that starts slower is fine. */
    private static final int PATIENCE_SECONDS = 5;

    @Override
    public void open(String url) throws IOException, InterruptedException {
        String u = url == null ? "" : url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IOException("only web addresses are opened, not '" + u + "'");
        }
        Process p;
        try {
            p = new ProcessBuilder(command(u)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no program to open web addresses was found (" + command(u).get(0) + ")", e);
        }
        if (p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) && p.exitValue() != 0) {
            throw new IOException("no browser took the address (" + command(u).get(0) + " ended with " + p.exitValue() + ")");
        }
    }

    private static List<String> command(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        if (os.contains("mac")) {
            return List.of("open", url);
        }
        return List.of("xdg-open", url);
    }
}
