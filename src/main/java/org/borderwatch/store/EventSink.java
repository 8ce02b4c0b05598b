package org.borderwatch.store;

import java.io.IOException;
import org.borderwatch.domain.Event;

/** Receives the events of a streamed read one at a time ({@link Store#eachEvent}), e.g. to write them out. */
@FunctionalInterface
public interface EventSink {
    void accept(Event e) throws IOException;
}
