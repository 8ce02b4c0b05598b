package org.borderwatch.cli;

import org.borderwatch.domain.DateText;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --dates written|iso}: how a command writes dates for people — in tables, slides and
 * decks ("30 Nov 2023", the default, or "2023-11-30"). JSON output is ISO whatever the choice.
 * A picocli mixin of the commands that write dates.
 */
public final class DateStyleOption {
    @Option(names = "--dates", defaultValue = "written", paramLabel = "STYLE", converter = StyleConverter.class,
            description = "how dates are written: written (30 Nov 2023) or iso (2023-11-30) (default: ${DEFAULT-VALUE})")
    void style(DateText.Style style) {
        DateText.use(style);
    }

    /** {@code written} or {@code iso}, any case; anything else is a usage error with the reason. */
    static final class StyleConverter implements CommandLine.ITypeConverter<DateText.Style> {
        @Override
        public DateText.Style convert(String value) {
            try {
                return DateText.Style.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
