package org.borderwatch.cli;

/** Entry point of {@code borderwatch.jar}: no arguments opens the window, a command runs headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Borderwatch");
    }
}
