package org.borderwatch.ui.team;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;

/**
 * Asks for a team store's password in a dialog with a password field, when {@code ~/.pgpass} and
 * {@code PGPASSWORD} give none. Called on a background thread (where stores are opened), it shows
 * the dialog on the FX thread and waits for the answer. The password is kept in memory for the
 * other connections of this session to the same address (the annotations' own store, the change
 * feed) — never written anywhere — and can be forgotten with {@link #forget}.
 */
public final class FxPasswordPrompt implements PasswordPrompt {
    private final Map<String, char[]> typed = new HashMap<>();

    @Override
    public char[] passwordFor(ServerAddress address) {
        synchronized (typed) {
            char[] known = typed.get(address.toString());
            if (known != null) {
                return known.clone();
            }
        }
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("stores are opened on a background thread, never on the FX thread");
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ask(address)));
        try {
            Optional<char[]> password = answer.get();
            password.ifPresent(p -> {
                synchronized (typed) {
                    typed.put(address.toString(), p.clone());
                }
            });
            return password.orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Forgets every password typed in this session. */
    public void forget() {
        synchronized (typed) {
            typed.values().forEach(p -> Arrays.fill(p, '\0'));
            typed.clear();
        }
    }

    private static Optional<char[]> ask(ServerAddress address) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Team store password");
        dialog.setHeaderText("Password for " + address.user() + " on " + address.host() + ":" + address.port()
                + "/" + address.database());
        PasswordField field = new PasswordField();
        field.setId("teamPassword");
        field.setAccessibleText("Password for " + address.user() + " on the team store");
        Label hint = new Label("Borderwatch keeps it in memory until the window closes and never writes it down.\n"
                + "To connect without typing it, put it in ~/.pgpass.");
        hint.getStyleClass().add("team-hint");
        dialog.getDialogPane().setContent(new VBox(8, field, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
