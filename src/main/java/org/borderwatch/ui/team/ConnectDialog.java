package org.borderwatch.ui.team;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.UiPreferences;

/**
 * File → "Connect to team store…": asks for the server, port, database and your database role,
 * and opens a window over that team store (the password comes from {@code ~/.pgpass},
 * {@code PGPASSWORD}, or a password field when the store connects). The last address is
 * remembered ({@code team.address}); a password never is. FX thread only.
 */
public final class ConnectDialog {
    static final String PREFERENCE = "team.address";

    private ConnectDialog() {
    }

    /** Adds the entry to {@code window}'s File menu; {@code open} opens a window over the chosen address. */
    public static void addTo(MainWindow window, UiPreferences prefs, Consumer<String> open) {
        MenuItem item = new MenuItem("Connect to team store…");
        item.setId("connectTeamStore");
        item.setOnAction(e -> ask(window, prefs).ifPresent(address -> {
            prefs.put(PREFERENCE, address);
            window.showStatus("Connecting to " + address + "…");
            open.accept(address);
        }));
        window.menus().addToFileMenu(new SeparatorMenuItem(), item);
    }

    static Optional<String> ask(MainWindow window, UiPreferences prefs) {
        ServerAddress last = null;
        try {
            String remembered = prefs.get(PREFERENCE, "");
            last = remembered.isBlank() ? null : ServerAddress.parse(remembered);
        } catch (IllegalArgumentException e) {
            window.showStatus("The remembered team store address is not valid: " + e.getMessage());
        }
        TextField host = field("teamHost", last == null ? "localhost" : last.host());
        TextField port = field("teamPort", String.valueOf(last == null ? ServerAddress.DEFAULT_PORT : last.port()));
        TextField database = field("teamDatabase", last == null ? "borderwatch" : last.database());
        TextField user = field("teamUser", last == null ? System.getProperty("user.name", "") : last.user());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        org.borderwatch.ui.Forms.row(grid, 0, "_Server", host);
        org.borderwatch.ui.Forms.row(grid, 1, "_Port", port);
        org.borderwatch.ui.Forms.row(grid, 2, "_Database", database);
        org.borderwatch.ui.Forms.row(grid, 3, "Your _role", user);
        Label error = new Label();
        error.setId("teamAddressError");
        error.setStyle("-fx-text-fill: #B00020;");
        Label hint = new Label("Your administrator gives you a role (reader, analyst or lead) on the team store.\n"
                + "The password is asked for when needed, or read from ~/.pgpass.");
        Dialog<String> dialog = new Dialog<>();
        if (window.root().getScene() != null) {
            dialog.initOwner(window.root().getScene().getWindow());
        }
        dialog.setTitle("Connect to team store");
        dialog.setHeaderText("A shared store on a PostgreSQL server");
        dialog.getDialogPane().setId("connectDialog");
        dialog.getDialogPane().setContent(new VBox(10, grid, hint, error));
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                address(host.getText(), port.getText(), database.getText(), user.getText());
            } catch (IllegalArgumentException x) {
                error.setText(x.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == connect
                ? address(host.getText(), port.getText(), database.getText(), user.getText()) : null);
        return dialog.showAndWait();
    }

    /** {@code postgresql://user@host:port/database}, checked. */
    static String address(String host, String port, String database, String user) {
        int p;
        try {
            p = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port is a number, e.g. 5432, not '" + port + "'.", e);
        }
        ServerAddress a = new ServerAddress(user.strip(), host.strip(), p, database.strip(), java.util.Map.of());
        return a.toString();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }
}
