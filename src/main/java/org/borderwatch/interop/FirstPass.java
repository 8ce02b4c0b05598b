package org.borderwatch.interop;

import java.io.IOException;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * What the first pass of an import that holds one event at a time found in a GeoJSON or KML file
 * ({@link GeoJsonReader#check}, {@link KmlReader#check}): everything but its events, which are
 * counted; a second pass hands them over one at a time ({@link Events}).
 *
 * @param annotations      annotations in file order
 * @param sources          sources the events describe in full, once each
 * @param events           how many events the file holds
 * @param crossingsIgnored crossings passed over (features or Placemarks)
 */
public record FirstPass(List<Annotation> annotations, List<Source> sources, int events, int crossingsIgnored) {
    public FirstPass {
        annotations = List.copyOf(annotations);
        sources = List.copyOf(sources);
    }

    /** Takes the events of a file's second pass one at a time. */
    @FunctionalInterface
    public interface Events {
        void accept(Event e) throws IOException;
    }
}
