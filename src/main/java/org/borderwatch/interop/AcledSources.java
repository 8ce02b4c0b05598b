package org.borderwatch.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.domain.Source;

/**
 * Turns ACLED's {@code source} text into {@link Source}s: one per outlet named in it (ACLED
 * separates outlets with semicolons), with the id {@code acled-src:} + the first 12 hex digits of
 * the SHA-256 of the outlet's name in lower case, so the same outlet gets the same id in every
 * file and every run; title = the name as written; publisher "via ACLED". A row without a source
 * cites the ACLED dataset itself ({@link #DATASET}).
 *
 * <p>Caches every name it has seen. Not thread-safe.
 */
public final class AcledSources {
    /** The ACLED dataset, cited by rows that name no outlet. */
    public static final Source DATASET = new Source("acled-src:acled",
            "Armed Conflict Location & Event Data Project (ACLED)", "https://acleddata.com", "ACLED");
    /** Prefix of the ids of ACLED sources. */
    public static final String ID_PREFIX = "acled-src:";

    private final Map<String, Source> byText = new HashMap<>();
    private final Map<String, List<Source>> byField = new HashMap<>();
    private final MessageDigest sha;

    public AcledSources() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The sources a {@code source} cell names, in order, without repeats; never empty. */
    public List<Source> of(String field) {
        List<Source> cached = byField.get(field);
        if (cached != null) {
            return cached;
        }
        List<Source> list = new ArrayList<>(2);
        for (String part : field.split(";")) {
            String name = part.trim().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            Source s = byText.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                    key -> new Source(idFor(key), name, null, "via ACLED"));
            if (!list.contains(s)) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            list.add(DATASET);
        }
        List<Source> result = List.copyOf(list);
        if (byField.size() < 100_000) {
            byField.put(field, result);
        }
        return result;
    }

    private String idFor(String lowerName) {
        byte[] d = sha.digest(lowerName.getBytes(StandardCharsets.UTF_8));
        return ID_PREFIX + HexFormat.of().formatHex(d, 0, 6);
    }
}
