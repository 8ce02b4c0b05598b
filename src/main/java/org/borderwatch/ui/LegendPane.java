package org.borderwatch.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.LegendPainter;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.OverlayResult;

/**
 * The legend beside the map: the situation's date and event window, how many crossings of each
 * border are open, restricted or closed, and exactly the symbols the frame on screen uses (the
 * overlays' own legend entries, each drawn by the painter that draws the map), so the legend and
 * the map cannot disagree.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class LegendPane extends ScrollPane {
    private static final int SYMBOL_W = 26;
    private static final int SYMBOL_H = 18;
    private final MapStyle style;
    private final VBox content = new VBox(2);
    private final Map<LegendEntry, Image> symbols = new HashMap<>();
    private final Label title = new Label();
    private final Label subtitle = muted("");
    private final Map<Border, Label> counts = new java.util.EnumMap<>(Border.class);
    private final VBox header = new VBox(2);
    private final VBox symbolRows = new VBox(2);
    private List<LegendEntry> shown = List.of();

    public LegendPane(MapStyle style) {
        this.style = style;
        setId("legendPane");
        getStyleClass().add("legend-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8));
        setContent(content);
        setMinWidth(0);
        setPrefWidth(190);
        title.setId("legendTitle");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        header.getChildren().addAll(title, subtitle);
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            Label l = new Label();
            l.setWrapText(true);
            l.getStyleClass().add("legend-count");
            l.setId("legendCount-" + b.code());
            counts.put(b, l);
            header.getChildren().add(l);
        }
        show(null, OverlayResult.EMPTY);
    }

    /** Shows the legend of a frame: its scene (for the date) and what its overlays painted. */
    public void show(MapScene scene, OverlayResult result) {
        Situation s = scene == null ? null : scene.situation();
        if (s == null) {
            shown = List.of();
            content.getChildren().setAll(muted("The situation appears when the store is loaded."));
            return;
        }
        if (!content.getChildren().contains(header)) {
            content.getChildren().setAll(header, symbolRows);
        }
        // a new day only changes texts; the symbol rows are rebuilt when the symbols in use change
        title.setText(LegendPainter.title(s));
        subtitle.setText(LegendPainter.subtitle(s));
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            Label l = counts.get(b);
            long open = s.count(b, Status.OPEN);
            long restricted = s.count(b, Status.RESTRICTED);
            long closed = s.count(b, Status.CLOSED);
            l.setText(b.label() + ": " + (s.fullyClosed(b) ? "all " + closed + " closed"
                    : open + " open, " + restricted + " restricted, " + closed + " closed"));
        }
        if (!result.legend().equals(shown)) {
            shown = result.legend();
            rebuildSymbols();
        }
    }

    private void rebuildSymbols() {
        symbolRows.getChildren().clear();
        LegendEntry.Section section = null;
        for (LegendEntry e : shown) {
            if (e.section() != section) {
                section = e.section();
                Label h = new Label(section.title());
                h.getStyleClass().add("details-subtitle");
                symbolRows.getChildren().add(h);
            }
            Label row = new Label(e.label(), new ImageView(symbol(e)));
            row.setId("legend-" + e.section().name().toLowerCase(Locale.ROOT) + "-" + e.code());
            row.setGraphicTextGap(6);
            row.setWrapText(true);
            symbolRows.getChildren().add(row);
        }
    }

    /** The entries shown now (for tests: they are the overlays' entries). */
    public List<LegendEntry> entries() {
        return shown;
    }

    private Image symbol(LegendEntry e) {
        return symbols.computeIfAbsent(e, k -> {
            BufferedImage img = new BufferedImage(SYMBOL_W, SYMBOL_H, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            try {
                MapPainter.prepare(g);
                LegendPainter.paintSymbol(g, style, k, SYMBOL_W / 2.0, SYMBOL_H / 2.0);
            } finally {
                g.dispose();
            }
            return SwingFXUtils.toFXImage(img, null);
        });
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }
}
