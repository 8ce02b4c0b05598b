package org.borderwatch.cli;

/** Turns an exception into the one-line reason a user sees (no stack trace). */
final class Failure {
    private Failure() {
    }

    static String reason(Throwable t) {
        Throwable cause = t;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return msg.replace('\n', ' ');
    }
}
