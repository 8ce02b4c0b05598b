package org.borderwatch.cli;

import java.time.LocalDate;
import org.borderwatch.domain.DateText;
import picocli.CommandLine;

/**
 * How every date option of the command line is read: any form of the one date language
 * ({@link DateText#read}: {@code 2023-11-30}, {@code 30 Nov 2023}, {@code 30.11.2023},
 * {@code 30/11/2023} or the locale's short form). A text that is no day is refused with the
 * reason, as a usage error. Use as {@code @Option(converter = DateOption.class)}.
 */
public final class DateOption implements CommandLine.ITypeConverter<LocalDate> {
    /** The forms a date option takes, for option descriptions. */
    static final String FORMS = "2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023";

    @Override
    public LocalDate convert(String value) {
        try {
            return DateText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
