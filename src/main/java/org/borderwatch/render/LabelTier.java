package org.borderwatch.render;

/**
 * The priority groups of the frame's one label layout, placed in this order (lower first): what
 * a label layer passes as the tier of its requests. Within a tier, requests go by their rank.
 * A layer that joins the layout (towns, say) picks the tier that says how much its labels matter
 * beside the others, so crossings always find their places before towns and towns before events.
 */
public final class LabelTier {
    /** Text annotations: the text is the analyst's annotation itself. */
    public static final int ANNOTATION_TEXT = 0;
    /** The selected crossing or event. */
    public static final int SELECTED = 1;
    /** Crossings whose status changed within the frame's event window (the start of a record is no change). */
    public static final int CHANGED = 2;
    /** Closed and restricted crossings. */
    public static final int CLOSED_OR_RESTRICTED = 3;
    /** Every other crossing (open, no data), by importance. */
    public static final int CROSSING = 4;
    /** Annotation titles. */
    public static final int ANNOTATION = 5;
    /** Country names. */
    public static final int COUNTRY = 6;
    /** Towns and other places. */
    public static final int PLACE = 7;
    /** Event titles. */
    public static final int EVENT = 8;

    private LabelTier() {
    }
}
