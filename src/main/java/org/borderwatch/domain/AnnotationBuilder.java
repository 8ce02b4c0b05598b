package org.borderwatch.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Changes one or more attributes of an {@link Annotation} and builds the new value; the source
 * annotation is never altered. {@link #build} validates through the record's constructor, so an
 * invalid combination (a validity period that ends before it starts) fails there.
 *
 * <p>Not thread-safe; use one builder per change.
 */
public final class AnnotationBuilder {
    private String id;
    private AnnotationKind kind;
    private Geometry geometry;
    private String title;
    private String note;
    private String author;
    private Instant created;
    private Instant modified;
    private List<String> tags;
    private List<String> eventIds;
    private Confidence confidence;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String color;
    private Double radiusKm;

    private AnnotationBuilder() {
    }

    /** A builder that starts with every attribute of {@code a}. */
    public static AnnotationBuilder from(Annotation a) {
        AnnotationBuilder b = new AnnotationBuilder();
        b.id = a.id();
        b.kind = a.kind();
        b.geometry = a.geometry();
        b.title = a.title();
        b.note = a.note();
        b.author = a.author();
        b.created = a.created();
        b.modified = a.modified();
        b.tags = a.tags();
        b.eventIds = a.eventIds();
        b.confidence = a.confidence();
        b.validFrom = a.validFrom();
        b.validUntil = a.validUntil();
        b.color = a.color();
        b.radiusKm = a.radiusKm();
        return b;
    }

    /**
     * A builder for a new annotation: created and modified are {@code now}, confidence probable,
     * no tags, links or validity period.
     */
    public static AnnotationBuilder create(String id, AnnotationKind kind, Geometry wgs84, String author,
                                           Instant now, String color) {
        AnnotationBuilder b = new AnnotationBuilder();
        b.id = id;
        b.kind = kind;
        b.geometry = wgs84;
        b.title = "";
        b.note = "";
        b.author = author;
        b.created = now;
        b.modified = now;
        b.tags = List.of();
        b.eventIds = List.of();
        b.confidence = Confidence.PROBABLE;
        b.color = color;
        return b;
    }

    /** New geometry, WGS84 (x = longitude, y = latitude); its type must match the kind. */
    public AnnotationBuilder geometry(Geometry wgs84) {
        this.geometry = wgs84;
        return this;
    }

    public AnnotationBuilder title(String t) {
        this.title = t;
        return this;
    }

    public AnnotationBuilder note(String n) {
        this.note = n;
        return this;
    }

    public AnnotationBuilder author(String a) {
        this.author = a;
        return this;
    }

    public AnnotationBuilder modified(Instant m) {
        this.modified = m;
        return this;
    }

    public AnnotationBuilder tags(List<String> t) {
        this.tags = t;
        return this;
    }

    public AnnotationBuilder eventIds(List<String> e) {
        this.eventIds = e;
        return this;
    }

    public AnnotationBuilder confidence(Confidence c) {
        this.confidence = c;
        return this;
    }

    /** The validity period {@code [from, until)}; either end may be {@code null} (open). */
    public AnnotationBuilder validity(LocalDate from, LocalDate until) {
        this.validFrom = from;
        this.validUntil = until;
        return this;
    }

    /** Colour as {@code #RRGGBB}. */
    public AnnotationBuilder color(String c) {
        this.color = c;
        return this;
    }

    /** Radius of a range ring in kilometres (geodesic); ignored for other kinds. */
    public AnnotationBuilder radiusKm(Double r) {
        this.radiusKm = r;
        return this;
    }

    /** The annotation; throws {@link IllegalArgumentException} naming what is invalid. */
    public Annotation build() {
        return new Annotation(id, kind, geometry, title, note, author, created, modified, tags, eventIds, confidence,
                validFrom, validUntil, color, radiusKm);
    }
}
