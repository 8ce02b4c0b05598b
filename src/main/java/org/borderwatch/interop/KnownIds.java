package org.borderwatch.interop;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What is already in the store, against which an imported file's references are checked before
 * anything is written: the sources an event cites, the crossing it names, the events an
 * annotation links to (which may also be events of the same file). Sources and crossings are few
 * and held as sets; events are asked for by the ids a file links to, once per file
 * ({@link StoredEvents}), never loaded whole.
 *
 * @param sources   stored source ids
 * @param crossings stored crossing ids
 * @param events    which of some event ids are stored
 */
public record KnownIds(Set<String> sources, Set<String> crossings, StoredEvents events) {
    /** An empty store. */
    public static final KnownIds NONE = new KnownIds(Set.of(), Set.of(), Set.of());

    /** Answers which event ids are stored. */
    @FunctionalInterface
    public interface StoredEvents {
        /**
         * The ids among {@code ids} that name stored events.
         *
         * @throws IOException when the store cannot be asked
         */
        Set<String> among(Collection<String> ids) throws IOException;
    }

    public KnownIds {
        sources = Set.copyOf(sources);
        crossings = Set.copyOf(crossings);
        if (events == null) {
            throw new IllegalArgumentException("known ids need a way to look events up");
        }
    }

    /** Ids of a store whose event ids are all in {@code events}. */
    public KnownIds(Set<String> sources, Set<String> crossings, Set<String> events) {
        this(sources, crossings, held(Set.copyOf(events)));
    }

    private static StoredEvents held(Set<String> events) {
        return ids -> {
            Set<String> out = new HashSet<>();
            for (String id : ids) {
                if (events.contains(id)) {
                    out.add(id);
                }
            }
            return out;
        };
    }
}
