package org.borderwatch.ui.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.StoreAccess;
import org.borderwatch.ui.UiPreferences;
import org.borderwatch.ui.annotate.AnnotationFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A look at two windows on one team store as two people, for screenshots: the left window is
 * connected as an analyst, the right one as a lead. The analyst draws a checkpoint (it appears in
 * the lead's window with a notice); with {@code conflict}, the analyst then changes it while the
 * lead is editing the version she opened, and the lead's save is refused and shown side by side.
 * Run: {@code java -cp … org.borderwatch.ui.team.TeamWindowsLook postgresql://127.0.0.1:5432/db analyst lead conflict}.
 */
public final class TeamWindowsLook {
    private TeamWindowsLook() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The two windows. */
    public static final class App extends Application {
        private static final GeometryFactory GF = new GeometryFactory();
        private AnnotationFeature left;
        private AnnotationFeature right;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var args = getParameters().getRaw();
            ServerAddress store = ServerAddress.parse(args.get(0));
            left = window(stage, store.as(args.get(1)), 0);
            right = window(new Stage(), store.as(args.get(2)), 800);
            boolean conflict = args.size() > 3 && args.get(3).equals("conflict");
            later(25, () -> play(conflict));
        }

        private AnnotationFeature window(Stage stage, ServerAddress address, double x) {
            Preferences node = Preferences.userRoot().node("org/borderwatch-test/team-look-" + System.nanoTime());
            node.putDouble("window.width", 800);
            node.putDouble("window.height", 1000);
            UiPreferences prefs = new UiPreferences(node);
            MainWindow window = new MainWindow(prefs, new StoreAccess(address.toString(), PasswordPrompt.NONE), url -> { });
            window.show(stage);
            stage.setX(x);
            stage.setY(0);
            stage.setTitle("Borderwatch — " + address);
            ConnectDialog.addTo(window, prefs, a -> { });
            AnnotationFeature[] f = new AnnotationFeature[1];
            f[0] = AnnotationFeature.install(window, address.toString(), PasswordPrompt.NONE, prefs,
                    opened -> TeamAnnotations.follow(opened, f[0].session(), window));
            f[0].dateProperty().set(LocalDate.of(2021, 11, 12));
            later(20, () -> window.showPreset(ViewPreset.POLAND));
            return f[0];
        }

        private void play(boolean conflict) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Annotation checkpoint = AnnotationBuilder.create(java.util.UUID.randomUUID().toString(), AnnotationKind.POINT,
                    GF.createPoint(new Coordinate(23.655, 53.515)), left.session().user(), now, "#D81B60")
                    .title("Checkpoint at the Kuźnica gate").note("Two vehicles, seen on a video.")
                    .confidence(Confidence.PROBABLE).build();
            left.session().apply(AnnotationEdit.create("Draw point", checkpoint));
            System.out.println("look: drawn in the left window at " + Instant.now());
            if (!conflict) {
                return;
            }
            later(4, () -> {
                Annotation seenByLead = right.session().get(checkpoint.id());
                right.session().selectedIdProperty().set(checkpoint.id());
                Annotation analystsChange = AnnotationBuilder.from(checkpoint).note("Two vehicles and a tent; guards "
                        + "stopped them at 14:10.").confidence(Confidence.CONFIRMED).modified(left.session().stamp()).build();
                left.session().apply(AnnotationEdit.update("Edit note", checkpoint, analystsChange));
                later(1, () -> {
                    Annotation leadsChange = AnnotationBuilder.from(seenByLead).title("Checkpoint (Polish side)")
                            .note("Vehicles turned back.").tags(java.util.List.of("checked")).author(right.session().user())
                            .modified(right.session().stamp()).build();
                    right.session().apply(AnnotationEdit.update("Edit", seenByLead, leadsChange));
                    System.out.println("look: stale save in the right window at " + Instant.now());
                });
            });
        }

        private static void later(double seconds, Runnable r) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> Platform.runLater(r));
            p.play();
        }
    }
}
