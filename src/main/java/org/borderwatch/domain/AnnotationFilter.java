package org.borderwatch.domain;

/**
 * Which annotations the list shows. Every criterion is optional ({@code null} or blank: any);
 * given ones must all hold.
 *
 * @param tag        the annotation carries this tag (exact, ignoring case)
 * @param author     the annotation's author is this (exact)
 * @param confidence the annotation has this grade
 * @param text       words that must all occur in the title or note (full-text search, prefixes,
 *                   ignoring case and diacritics; the store runs it)
 */
public record AnnotationFilter(String tag, String author, Confidence confidence, String text) {
    /** Every annotation. */
    public static final AnnotationFilter ALL = new AnnotationFilter(null, null, null, null);

    public AnnotationFilter {
        tag = Util.blankToNull(tag == null ? null : tag.strip());
        author = Util.blankToNull(author == null ? null : author.strip());
        text = Util.blankToNull(text == null ? null : text.strip());
    }

    /** True when {@code a} meets the tag, author and confidence criteria (the text is the store's part). */
    public boolean matchesAttributes(Annotation a) {
        if (author != null && !author.equals(a.author())) {
            return false;
        }
        if (confidence != null && confidence != a.confidence()) {
            return false;
        }
        return tag == null || a.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    public AnnotationFilter withText(String t) {
        return new AnnotationFilter(tag, author, confidence, t);
    }

    public AnnotationFilter withTag(String t) {
        return new AnnotationFilter(t, author, confidence, text);
    }

    public AnnotationFilter withAuthor(String a) {
        return new AnnotationFilter(tag, a, confidence, text);
    }

    public AnnotationFilter withConfidence(Confidence c) {
        return new AnnotationFilter(tag, author, c, text);
    }
}
