package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public source that an item cites.
 *
 * @param id            stable id, e.g. {@code F14} (the fact sheet's ids) or {@code acled:…}
 * @param title         page title or description
 * @param url           address at the publisher, or {@code null} where the source has none (e.g. an ACLED source name)
 * @param publisher     outlet, or {@code null}
 * @param published     when it was published (day, month or year), or {@code null} when not known
 * @param undatedReason why no publication date can be given, or {@code null}; only for an undated source
 * @param archiveUrl    a second address: an archived copy of the same page, or {@code null}
 */
public record Source(String id, String title, String url, String publisher, PublicationDate published,
                     String undatedReason, String archiveUrl) {
    public Source {
        Util.requireText(id, "source id");
        Util.requireText(title, "source title");
        url = Util.blankToNull(url);
        publisher = Util.blankToNull(publisher);
        undatedReason = Util.blankToNull(undatedReason);
        archiveUrl = Util.blankToNull(archiveUrl);
        if (published != null && undatedReason != null) {
            throw new IllegalArgumentException("source " + id + ": a dated source has no reason for being undated");
        }
    }

    /** A source with no publication date and no archived copy (imported sources, e.g. ACLED's). */
    public Source(String id, String title, String url, String publisher) {
        this(id, title, url, publisher, null, null, null);
    }

    /**
     * Whether the source was certainly published on or before {@code day}: {@code TRUE} or
     * {@code FALSE} when its date says, {@code null} when it is undated or its month or year
     * contains {@code day}.
     */
    public Boolean publishedBy(LocalDate day) {
        if (published == null) {
            return null;
        }
        if (published.surelyBy(day)) {
            return Boolean.TRUE;
        }
        return published.surelyAfter(day) ? Boolean.FALSE : null;
    }

    @Override
    public String toString() {
        return "[" + id + "] " + title + (published == null ? "" : " (" + published + ")")
                + (url == null ? "" : " — " + url);
    }

    /** Equality by every field (records do this); ids are unique within a store. */
    public boolean sameId(Source other) {
        return Objects.equals(id, other.id);
    }
}
