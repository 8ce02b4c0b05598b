package org.borderwatch.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate process for the tests of concurrent use: opens the store at {@code args[0]} and
 * begins an import — a bulk write transaction that holds the store's write lock — prints
 * {@code LOCKED}, and commits when a line arrives on standard input, then prints {@code DONE}.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Store store = Store.open(Path.of(args[0]))) {
            store.bulkImport(writer -> {
                System.out.println("LOCKED");
                System.out.flush();
                in.readLine();
                return null;
            });
        }
        System.out.println("DONE");
        System.out.flush();
    }

    /** Starts the process on {@code db}; returns once it holds the write lock. */
    static Process start(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"LOCKED".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the writing process did not take the lock: " + line);
        }
        return p;
    }

    /** Lets the process commit and end. */
    static void finish(Process p) throws Exception {
        p.getOutputStream().write('\n');
        p.getOutputStream().flush();
        p.waitFor();
    }
}
