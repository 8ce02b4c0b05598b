/**
 * The command line ({@code java -jar borderwatch.jar COMMAND}), picocli commands over the same
 * services the window uses. Each command prints results to standard output, a one-line reason to
 * standard error on failure, and exits 0 on success, 1 on a failed operation, 2 on bad usage.
 */
package org.borderwatch.cli;
