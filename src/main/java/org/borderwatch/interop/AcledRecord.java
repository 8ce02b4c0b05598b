package org.borderwatch.interop;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * One valid ACLED row, mapped.
 *
 * @param line      physical line (1-based) on which the row starts
 * @param event     the event, id {@code acled:<event_id_cnty>}
 * @param timestamp ACLED's {@code timestamp} of the row, Unix seconds: of two rows with one id,
 *                  the larger wins
 * @param sources   the sources {@code event.sourceIds()} name, in that order
 */
public record AcledRecord(long line, Event event, long timestamp, List<Source> sources) {
    public AcledRecord {
        if (event == null) {
            throw new IllegalArgumentException("an ACLED record needs an event");
        }
        sources = List.copyOf(sources);
    }
}
