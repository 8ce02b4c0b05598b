package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Font;

/**
 * One laid-out line of slide text: drawn with its baseline-left at ({@code x}, {@code baseline}) in
 * slide canvas units. Writers that keep text editable (PPTX) read the same lines.
 *
 * @param text     the line
 * @param font     its font (size in canvas units)
 * @param color    its colour
 * @param x        left edge
 * @param baseline baseline
 * @param width    advance width of the text in {@code font}
 */
public record TextLine(String text, Font font, Color color, double x, double baseline, double width) {
    public TextLine {
        if (text == null || font == null || color == null) {
            throw new IllegalArgumentException("a text line needs text, font and colour");
        }
    }
}
