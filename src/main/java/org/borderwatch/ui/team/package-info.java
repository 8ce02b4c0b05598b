/**
 * The window's side of a team store (PostgreSQL + PostGIS): the "Connect to team store…" dialog
 * and the password field, the side-by-side view of a refused save to merge or choose, the
 * question before deleting what someone else changed, and the live notices of others' changes.
 * Small hooks into the main window and the annotation session; FX thread only, store calls on
 * the background pool.
 */
package org.borderwatch.ui.team;
