package org.borderwatch.domain;

import java.util.Objects;

/**
 * A public source that an item cites.
 *
 * @param id        stable id, e.g. {@code F14} (the fact sheet's ids) or {@code acled:…}
 * @param title     page title or description
 * @param url       address, or {@code null} where the source has none (e.g. an ACLED source name)
 * @param publisher outlet, or {@code null}
 */
public record Source(String id, String title, String url, String publisher) {
    public Source {
        Util.requireText(id, "source id");
        Util.requireText(title, "source title");
        url = Util.blankToNull(url);
        publisher = Util.blankToNull(publisher);
    }

    @Override
    public String toString() {
        return "[" + id + "] " + title + (url == null ? "" : " — " + url);
    }

    /** Equality by every field (records do this); ids are unique within a store. */
    public boolean sameId(Source other) {
        return Objects.equals(id, other.id);
    }
}
