import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the class lists of the build's training runs ({@code -XX:DumpLoadedClassList}) into the
 * one list the class-data archive is dumped from: the window's run and one run of each command
 * that starts often (info, import, status, search, render, slides), so that a command maps its
 * classes — the command line's parser, the CSV reader, the slide writers — instead of loading and
 * verifying them from the jar, as the window does.
 *
 * <p>The first list is kept whole. Of the others, each class not listed yet is added with the next
 * free id (the JVM refuses two classes with one id), each {@code @}-line not listed yet as it is;
 * classes of other class loaders (with {@code super:} or {@code source:}) are left out, as the
 * archive holds the jar's and the JDK's classes only.
 *
 * <p>Run by the build as a single-file Java program:
 * {@code java src/main/packaging/ClassLists.java OUT FIRST [MORE…]}.
 */
public final class ClassLists {
    private static final Pattern CLASS_LINE = Pattern.compile("^([^#@\\s]\\S*)(?:\\s+id:\\s*(\\d+))?.*$");

    private ClassLists() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ClassLists OUT FIRST [MORE…]");
        }
        List<String> out = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        Set<String> others = new HashSet<>();
        long nextId = 0;
        int added = 0;
        for (int i = 1; i < args.length; i++) {
            Path list = Path.of(args[i]);
            if (!Files.isRegularFile(list)) {
                throw new IllegalStateException(list + " is missing: its training run did not write it");
            }
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    if (i == 1) {
                        out.add(line);
                    }
                    continue;
                }
                if (line.startsWith("@")) {
                    if (others.add(line)) {
                        out.add(line);
                    }
                    continue;
                }
                Matcher m = CLASS_LINE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(list + ": a line that names no class: " + line);
                }
                if (i == 1) {
                    classes.add(m.group(1));
                    if (m.group(2) != null) {
                        nextId = Math.max(nextId, Long.parseLong(m.group(2)) + 1);
                    }
                    out.add(line);
                } else if (!line.contains(" super:") && !line.contains(" source:") && classes.add(m.group(1))) {
                    out.add(m.group(1) + " id: " + nextId++);
                    added++;
                }
            }
        }
        Files.write(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.printf("class lists: %d classes from %s, %d more from the commands' runs%n", classes.size() - added,
                Path.of(args[1]).getFileName(), added);
    }
}
