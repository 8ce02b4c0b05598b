import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds the self-contained Borderwatch application with jpackage: its own Java runtime (jlink,
 * with the JDK's class-data archive), the application jar and a native launcher — an app image on
 * every system — and the installer of the system it runs on: a {@code .deb} on Linux, an
 * {@code .msi} on Windows (needs the WiX Toolset 3), a {@code .dmg} on macOS. Each installer adds
 * the icon, a desktop or start-menu entry and the file association of Borderwatch bundles
 * ({@code .borderwatch}).
 *
 * <p>Run by {@code mvn -Pdist package} after the jar is built, as a single-file Java program (it
 * is not part of the application):
 * {@code java src/main/packaging/Dist.java BASEDIR BUILDDIR VERSION [app-image|installer]}.
 * {@code app-image} stops after the app image. Results go to {@code BUILDDIR/dist}.
 *
 * <p>The runtime's modules are what {@code jdeps --print-module-deps --ignore-missing-deps
 * --multi-release 17 target/borderwatch.jar} lists for the jar and its libraries, plus
 * {@code jdk.localedata} (the short date forms of every locale, which the date fields read),
 * {@code jdk.charsets}, {@code jdk.zipfs} and {@code jdk.crypto.ec} (TLS to a team store's
 * server). Run jdeps again when a dependency changes.
 */
public final class Dist {
    static final String NAME = "Borderwatch";
    static final String MODULES = String.join(",", "java.base", "java.compiler", "java.naming", "java.prefs",
            "java.rmi", "java.scripting", "java.security.jgss", "java.sql", "java.xml.crypto", "jdk.jfr",
            "jdk.management", "jdk.unsupported", "jdk.unsupported.desktop", "jdk.localedata", "jdk.charsets",
            "jdk.zipfs", "jdk.crypto.ec");
    static final String DESCRIPTION = "Situation viewer for the Finnish-Russian and Polish-Belarusian borders";
    /** Windows Installer upgrade code: the same for every version, so a new one replaces the old. */
    static final String WINDOWS_UPGRADE_UUID = "6f0c2a3e-5b1d-4c8e-9a77-2f4e8d1b3c90";

    private final Path base;
    private final Path build;
    private final String version;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    Dist(Path base, Path build, String version) {
        this.base = base;
        this.build = build;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java Dist.java BASEDIR BUILDDIR VERSION [app-image|installer]");
            System.exit(2);
        }
        Dist d = new Dist(Path.of(args[0]), Path.of(args[1]), args[2]);
        boolean installer = args.length < 4 || !args[3].equals("app-image");
        long t0 = System.nanoTime();
        Path image = d.appImage();
        System.out.printf(Locale.ROOT, "dist: app image %s (%.0f s)%n", image, (System.nanoTime() - t0) / 1e9);
        if (installer) {
            long t1 = System.nanoTime();
            d.installer(image);
            System.out.printf(Locale.ROOT, "dist: installer in %s (%.0f s)%n", d.dist(), (System.nanoTime() - t1) / 1e9);
        }
    }

    Path dist() {
        return build.resolve("dist");
    }

    boolean linux() {
        return os.contains("linux");
    }

    boolean windows() {
        return os.contains("windows");
    }

    boolean mac() {
        return os.contains("mac");
    }

    Path packaging() {
        return base.resolve("src/main/packaging");
    }

    Path icon() {
        return packaging().resolve(windows() ? "windows/Borderwatch.ico" : mac() ? "macos/Borderwatch.icns"
                : "linux/Borderwatch.png");
    }

    /** The app image: the runtime, the jar and the launcher (and on Windows a console launcher for commands). */
    Path appImage() throws IOException, InterruptedException {
        Path jar = build.resolve("borderwatch.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -Pdist package does)");
        }
        Path input = dist().resolve("input");
        deleteTree(input);
        Files.createDirectories(input);
        Files.copy(jar, input.resolve("borderwatch.jar"), StandardCopyOption.REPLACE_EXISTING);
        // the classes the window loads up to its first frame (the build's training run lists them):
        // the .deb's postinst dumps them into a class-data archive on the installing machine
        Path classList = build.resolve("borderwatch.classlist");
        if (Files.isRegularFile(classList)) {
            Files.copy(classList, input.resolve("borderwatch.classlist"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            System.out.println("dist: no " + classList + " (built with -Dbw.cds.skip=true): the installed program"
                    + " starts without a class-data archive");
        }
        if (linux()) {
            // the borderwatch command (postinst links it from /usr/bin): the short commands on the
            // runtime's java with their own options, the rest through the launcher
            Path command = input.resolve("borderwatch.sh");
            Files.copy(packaging().resolve("linux/borderwatch.sh"), command, StandardCopyOption.REPLACE_EXISTING);
            if (!command.toFile().setExecutable(true, false)) {
                throw new IOException("could not make " + command + " executable");
            }
        }
        Path image = dist().resolve(mac() ? NAME + ".app" : NAME);
        deleteTree(image);
        List<String> cmd = new ArrayList<>(List.of(jpackage(), "--type", "app-image", "--name", NAME,
                "--app-version", version, "--vendor", NAME, "--description", DESCRIPTION,
                "--input", input.toString(), "--main-jar", "borderwatch.jar",
                "--main-class", "org.borderwatch.Borderwatch", "--add-modules", MODULES,
                // the JDK's own class-data archive in the runtime: JDK classes are mapped, not loaded
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files --generate-cds-archive",
                "--icon", icon().toString(), "--dest", dist().toString()));
        // as bin/borderwatch gives the window: a bounded young generation keeps the heap near what
        // the data needs; the client compiler alone brings the first frame and the first date
        // changes sooner (on Linux the borderwatch command runs the commands on the runtime's java,
        // each with its own options)
        for (String o : List.of("-XX:MaxNewSize=64m", "-XX:TieredStopAtLevel=1")) {
            cmd.add("--java-options");
            cmd.add(o);
        }
        if (linux()) {
            // the archive of the application's classes, dumped on the installing machine (postinst):
            // an archive only maps for the jar at the path it was made for; -Xshare:auto ignores a missing one
            for (String o : List.of("-XX:SharedArchiveFile=$APPDIR/borderwatch.jsa", "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off")) {
                cmd.add("--java-options");
                cmd.add(o);
            }
        }
        if (windows()) {
            // a second launcher that keeps its console, for the commands (status, render, slides …)
            cmd.add("--add-launcher");
            cmd.add("borderwatch-cli=" + packaging().resolve("windows/console-launcher.properties"));
        }
        if (mac()) {
            cmd.addAll(List.of("--mac-package-identifier", "org.borderwatch", "--mac-package-name", NAME));
        }
        run(cmd);
        return image;
    }

    /** The installer of this system from {@code image}. */
    void installer(Path image) throws IOException, InterruptedException {
        Path associations = packaging().resolve("bundle-association.properties");
        List<String> cmd = new ArrayList<>(List.of(jpackage(), "--app-image", image.toString(), "--name", NAME,
                "--app-version", version, "--vendor", NAME, "--description", DESCRIPTION,
                "--file-associations", associations.toString(), "--icon", icon().toString(),
                "--dest", dist().toString()));
        if (linux()) {
            for (String tool : List.of("dpkg-deb", "fakeroot")) {
                if (!onPath(tool)) {
                    throw new IllegalStateException(tool + " is needed to build the .deb (apt-get install fakeroot dpkg-dev), "
                            + "or build the app image alone: mvn -Pdist package -Dbw.dist.step=app-image");
                }
            }
            cmd.addAll(List.of("--type", "deb", "--linux-package-name", "borderwatch", "--linux-shortcut",
                    "--linux-menu-group", "Education;Geography;", "--linux-app-category", "science",
                    "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64",
                    "--resource-dir", packaging().resolve("linux").toString()));
        } else if (windows()) {
            cmd.addAll(List.of("--type", "msi", "--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
        } else if (mac()) {
            cmd.addAll(List.of("--type", "dmg", "--mac-package-identifier", "org.borderwatch"));
        } else {
            throw new IllegalStateException("no installer type for " + os + ": the app image is in " + image);
        }
        run(cmd);
    }

    private static String jpackage() {
        Path p = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        return Files.exists(p) || Files.exists(Path.of(p + ".exe")) ? p.toString() : "jpackage";
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        System.out.println("dist: " + String.join(" ", cmd));
        int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("jpackage failed (exit " + code + ")");
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
