package org.borderwatch.store;

import org.borderwatch.domain.Event;

/**
 * One event found by {@link Store#search}.
 *
 * @param event the event
 * @param score relevance (FTS5 bm25 with title weighted highest, negated so that higher is better);
 *              comparable only within one search; 0 for every hit when the query matched so
 *              many events that the hits are simply the newest ones (see {@link Store#search})
 */
public record SearchHit(Event event, double score) {
}
