package org.borderwatch.interop;

import java.util.Set;

/**
 * Ids already in the store, against which an imported file's references are checked before
 * anything is written: the sources an event cites, the crossing it names, the events an
 * annotation links to (which may also be events of the same file).
 *
 * @param sources   stored source ids
 * @param crossings stored crossing ids
 * @param events    stored event ids
 */
public record KnownIds(Set<String> sources, Set<String> crossings, Set<String> events) {
    /** An empty store. */
    public static final KnownIds NONE = new KnownIds(Set.of(), Set.of(), Set.of());

    public KnownIds {
        sources = Set.copyOf(sources);
        crossings = Set.copyOf(crossings);
        events = Set.copyOf(events);
    }
}
