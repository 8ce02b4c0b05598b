package org.borderwatch.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Start-up timestamps: with {@code -Dborderwatch.reportStartup=true} each stage of the way to the
 * first painted map frame prints one line {@code startup-ms STAGE MILLIS} on standard output,
 * milliseconds since the JVM started ({@code RuntimeMXBean.getStartTime()}). The {@code bench}
 * command reads them from its child JVM. Without the property nothing is printed and nothing is
 * loaded. Thread-safe: stages are marked from the FX thread and from background threads.
 */
public final class StartupTrace {
    /** The system property that turns the report on. */
    public static final String PROPERTY = "borderwatch.reportStartup";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    /** True when start-up is being reported. */
    public static boolean enabled() {
        return ON;
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Prints {@code startup-ms stage millis} when reporting is on; {@code stage} is one word. */
    public static void mark(String stage) {
        if (ON) {
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            String line = String.format(Locale.ROOT, "startup-ms %s %d cpu %d thread-cpu %d %s", stage, sinceJvmStart(),
                    cpu / 1_000_000, own / 1_000_000, Thread.currentThread().getName());
            synchronized (System.out) {
                System.out.println(line);
                System.out.flush();
            }
        }
    }
}
