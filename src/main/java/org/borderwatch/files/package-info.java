/**
 * Reading and writing the user's files safely, for every layer that touches them (store,
 * readers, exports, slides): {@link org.borderwatch.files.AtomicFile} publishes a written file in
 * one step (buffered, synced, renamed, with the permissions a new file gets and its temporary file
 * cleaned up even after a crash), {@link org.borderwatch.files.InputFile} checks that what the
 * user named is a regular file that can be read before any reader opens it, and
 * {@link org.borderwatch.files.FileProblems} turns an {@link java.io.IOException} into a sentence
 * naming the real cause (a read-only file or folder, a full disk with the space free, a missing
 * folder, something that is not a regular file).
 *
 * <p>Only {@code java.*}: every other package may use it.
 */
package org.borderwatch.files;
