package org.borderwatch.store;

import org.borderwatch.domain.Event;

/**
 * One event found by {@link Store#search}.
 *
 * @param event the event
 * @param score relevance (FTS5 bm25 with title weighted highest, negated so that higher is better);
 *              comparable only within one search
 */
public record SearchHit(Event event, double score) {
}
