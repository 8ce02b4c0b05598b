/**
 * The {@code bench} command and what only it needs: a synthetic store built from generated
 * ACLED-style rows ({@link org.borderwatch.bench.AcledSampleGenerator}), timings with median and
 * 95th percentile against goals and same-run baselines, and the first frame measured in a child
 * JVM. Nothing the application needs to run depends on this package; only the command line
 * registers the command.
 */
package org.borderwatch.bench;
