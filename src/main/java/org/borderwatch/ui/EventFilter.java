package org.borderwatch.ui;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;

/**
 * Which events the list shows: those of the chosen borders and categories and, while a search is
 * active, only the ones the full-text search matched.
 *
 * @param borders    borders shown; an event of {@link Border#BOTH} shows when either frontier is chosen
 * @param categories categories shown
 * @param matchedIds ids the search matched, or {@code null} when no search is active
 */
public record EventFilter(Set<Border> borders, Set<Category> categories, Set<String> matchedIds)
        implements Predicate<Event> {
    /** Everything. */
    public static final EventFilter ALL = new EventFilter(EnumSet.allOf(Border.class), EnumSet.allOf(Category.class), null);

    public EventFilter {
        // enum sets: the test runs for every event of the window (100,000 in a long cumulative one)
        borders = Collections.unmodifiableSet(borders.isEmpty() ? EnumSet.noneOf(Border.class) : EnumSet.copyOf(borders));
        categories = Collections.unmodifiableSet(categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories));
        matchedIds = matchedIds == null ? null : Set.copyOf(matchedIds);
    }

    /** True when the filter lets every event through. */
    public boolean passesAll() {
        return matchedIds == null && borders.size() == Border.values().length && categories.size() == Category.values().length;
    }

    /** True while a search restricts the list. */
    public boolean searching() {
        return matchedIds != null;
    }

    @Override
    public boolean test(Event e) {
        boolean borderOk = borders.contains(e.border())
                || (e.border() == Border.BOTH && (borders.contains(Border.FI_RU) || borders.contains(Border.PL_BY)));
        return borderOk && categories.contains(e.category()) && (matchedIds == null || matchedIds.contains(e.id()));
    }

    public EventFilter withBorders(Set<Border> b) {
        return new EventFilter(b, categories, matchedIds);
    }

    public EventFilter withCategories(Set<Category> c) {
        return new EventFilter(borders, c, matchedIds);
    }

    public EventFilter withMatches(Set<String> ids) {
        return new EventFilter(borders, categories, ids);
    }
}
