package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.borderwatch.domain.DateText;

/**
 * A date field of the one date language: a text field that reads every accepted form
 * ({@link DateText#read}: {@code 2023-11-30}, {@code 30 Nov 2023}, {@code 30.11.2023},
 * {@code 30/11/2023}, the locale's short form), a calendar button, and a line under them that
 * says what is wrong or what was done.
 *
 * <p>The {@link #valueProperty() value} is the date that will be used, and once the text is
 * committed (Enter, the field losing focus, a calendar pick, or an action calling
 * {@link #commit()}) the text shows exactly that date, written in the window's chosen style. A text
 * that is no date keeps its value, turns the field red and says why under it; an action that
 * needs the date calls {@link #commit()} first and stops when it returns {@code false}. A date
 * outside the {@link #setRange allowed range} is clamped into it and the line says so; a date two
 * conventions read differently ({@code 01/02/2023}) says how it was read.
 *
 * <p>Keys typed into the field stay in it ({@link TypingTarget}). FX thread only.
 */
public final class DateField extends VBox {
    /** Style class of the line under the field; with {@code error} or {@code note}. */
    public static final String MESSAGE_CLASS = "date-message";
    private static final String INVALID = "invalid";
    private final TextField text = new TextField();
    private final DatePicker calendar = new DatePicker();
    private final Label message = new Label();
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private String emptyMeaning;
    private LocalDate first;
    private LocalDate last;
    private boolean weekday;
    private boolean revertOnBlur;
    private boolean syncing;
    /** True while a committed text becomes the value (listeners then may set it again). */
    private boolean committing;

    /**
     * @param id   the node id of the text field (the calendar gets {@code id + "Calendar"}, the
     *             line under them {@code id + "Message"})
     * @param name what the date is, for screen readers and the calendar's tooltip ("Slide date")
     */
    public DateField(String id, String name) {
        setId(id + "Box");
        getStyleClass().add("date-field-box");
        setSpacing(2);
        text.setId(id);
        text.getStyleClass().add("date-text");
        text.setPrefColumnCount(10);
        text.setAccessibleText(name);
        text.setAccessibleHelp("Type a date: 2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023");
        text.setTooltip(new Tooltip(name + ": type 2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023, then Enter"));
        text.setOnAction(e -> commit());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !text.getText().equals(shownText())) {
                showValue();
                e.consume();
            }
        });
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                if (!commit() && revertOnBlur) {
                    String reason = message.getText();
                    showValue();
                    showNote(reason + " \u2014 still " + shownText());
                }
            } else {
                // typing replaces the shown date
                javafx.application.Platform.runLater(text::selectAll);
            }
        });
        calendar.setId(id + "Calendar");
        calendar.getStyleClass().add("calendar-only");
        calendar.setEditable(false);
        calendar.setShowWeekNumbers(false);
        calendar.setAccessibleText(name + " calendar");
        calendar.setTooltip(new Tooltip("Pick " + name.toLowerCase(java.util.Locale.ROOT) + " from a calendar"));
        // the calendar opens on the field's date: its own value is set as it opens (and while it
        // is open), not at every change of the field — its text, never shown, changed with each
        // day played, and JavaFX repaints the whole window for a frame whose only change is hidden
        calendar.setOnShowing(e -> showInCalendar());
        calendar.valueProperty().addListener((o, a, d) -> {
            if (!syncing && d != null) {
                accept(d, null);
            }
        });
        message.setId(id + "Message");
        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setPrefWidth(1);
        message.setMaxWidth(Double.MAX_VALUE);
        showMessage(null, null);
        HBox row = new HBox(4, text, calendar);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(row, message);
        value.addListener((o, a, d) -> {
            if (!syncing && !committing) {
                showValue();
                showMessage(null, null);
            }
        });
        DateDisplay.whenChanged(this, this::showValue);
        setAccessibleRole(AccessibleRole.NODE);
    }

    /** True when {@code focused} is a date field's text holding a date being typed, which Escape takes back. */
    static boolean takesBackOnEscape(javafx.scene.Node focused) {
        return focused instanceof TextField t && t.getParent() != null && t.getParent().getParent() instanceof DateField d
                && !t.getText().equals(d.shownText());
    }

    /** The date that will be used ({@code null} when the field is {@link #setOptional optional} and empty). */
    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public LocalDate getValue() {
        return value.get();
    }

    /**
     * Sets the date (as a program does, not the user): the text shows it and the line clears —
     * unless the user is typing another date into the field, whose text is left alone.
     */
    public void setValue(LocalDate d) {
        boolean typing = !committing && text.isFocused() && !text.getText().equals(shownText());
        syncing = true;
        try {
            value.set(d);
        } finally {
            syncing = false;
        }
        if (!typing) {
            showValue();
            showMessage(null, null);
        }
    }

    /** False while the text is no date (the reason is under the field). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The text field (for focus and tests). */
    public TextField editor() {
        return text;
    }

    /** The line under the field (for tests). */
    public Label message() {
        return message;
    }

    /**
     * Lets the field be empty, meaning {@code meaning} ("always", "open-ended"), shown as its prompt;
     * an empty field's value is {@code null}.
     */
    public void setOptional(String meaning) {
        emptyMeaning = meaning;
        text.setPromptText(meaning);
    }

    /** The allowed days (either may be {@code null}): a date outside is clamped and the line says so. */
    public void setRange(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
        calendar.setDayCellFactory(p -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d == null || first != null && d.isBefore(first) || last != null && d.isAfter(last));
            }
        });
    }

    /** Writes the date with its weekday ("Thu 30 Nov 2023"), where the day is the headline. */
    public void setWeekday(boolean on) {
        weekday = on;
        showValue();
    }

    /**
     * When the field loses focus with a text that is no date, show the value again (and say what
     * was refused) instead of keeping the text: for fields that act at once, like the timeline's.
     */
    public void setRevertOnBlur(boolean on) {
        revertOnBlur = on;
    }

    /**
     * Reads the text and makes it the value: true when the field now holds a date it shows (or is
     * optional and empty). A text that is no date leaves the value, marks the field and puts the
     * reason under it, and returns false: the caller must not act.
     */
    public boolean commit() {
        String t = text.getText() == null ? "" : text.getText().strip();
        if (t.equals(shownText()) && valid.get()) {
            return true;
        }
        if (t.isEmpty() && emptyMeaning != null) {
            accept(null, null);
            return true;
        }
        DateText.Reading reading;
        try {
            reading = DateText.read(t);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return false;
        }
        accept(reading.date(), reading.note());
        return true;
    }

    /**
     * Takes {@code asked} (clamped into the range) as the value and says what was done. The text
     * and the line are written before the value changes, so a listener that moves the date again
     * (the timeline clamps to its data) has the last word.
     */
    private void accept(LocalDate asked, String readingNote) {
        LocalDate used = clamp(asked);
        String clamped = asked == null ? null : DateDisplay.text().clampNote(asked, used, first, last);
        committing = true;
        try {
            showNote(clamped != null ? clamped : readingNote);
            text.setText(format(used));
            value.set(used);
        } finally {
            committing = false;
        }
        showValue();
    }

    private LocalDate clamp(LocalDate d) {
        if (d == null) {
            return null;
        }
        if (first != null && d.isBefore(first)) {
            return first;
        }
        return last != null && d.isAfter(last) ? last : d;
    }

    /** Shows a note under the field (what was done with the date), or clears the line ({@code null}). */
    public void showNote(String note) {
        showMessage(note, "note");
    }

    /** Shows why the text is refused, and marks the field invalid. */
    public void showError(String reason) {
        showMessage(reason, "error");
    }

    private void showMessage(String line, String kind) {
        message.getStyleClass().removeAll("error", "note");
        boolean error = "error".equals(kind) && line != null;
        valid.set(!error);
        text.getStyleClass().remove(INVALID);
        if (error) {
            text.getStyleClass().add(INVALID);
        }
        if (line == null || line.isBlank()) {
            message.setText("");
            message.setVisible(false);
            message.setManaged(false);
            text.setAccessibleHelp("Type a date: 2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023");
        } else {
            message.getStyleClass().add(kind);
            message.setText(line);
            message.setVisible(true);
            message.setManaged(true);
            text.setAccessibleHelp(line);
        }
    }

    private String shownText() {
        return format(value.get());
    }

    private String format(LocalDate d) {
        if (d == null) {
            return "";
        }
        return weekday ? DateDisplay.text().dayWithWeekday(d) : DateDisplay.text().day(d);
    }

    /** Writes the value into the text (in the chosen style), and into the calendar when it is open. */
    private void showValue() {
        text.setText(shownText());
        if (calendar.isShowing()) {
            showInCalendar();
        }
    }

    /** Gives the calendar the field's date, so that it opens on that day. */
    private void showInCalendar() {
        syncing = true;
        try {
            if (!Objects.equals(calendar.getValue(), value.get())) {
                calendar.setValue(value.get());
            }
        } finally {
            syncing = false;
        }
    }
}
