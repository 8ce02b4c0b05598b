/**
 * Borderwatch: a desktop situation viewer for the Finnish–Russian and Polish–Belarusian borders.
 * {@link org.borderwatch.Borderwatch} opens the window or runs a command-line command.
 */
package org.borderwatch;
