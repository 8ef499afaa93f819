/**
 * Writing outputs so that nothing a user owns is lost, and image files.
 * <p>
 * Why a package of its own: every command writes files, and the rules for doing it safely must
 * be the same everywhere, so they live here once instead of in each writer:
 * <ul>
 * <li>one file: {@link org.mer.io.AtomicFiles} (temp file and rename: never half a file);</li>
 * <li>one file growing by records: {@link org.mer.io.AppendOnlyFile} (a record is whole or
 * absent, also on a full disk);</li>
 * <li>several files of one command: {@link org.mer.io.OutputBatch} (all or none);</li>
 * <li>a folder written as a whole: {@link org.mer.io.OwnedFolder} (replaced or deleted only when
 * its {@code .mer-output} marker says this tool wrote it as that kind, never when it is or holds
 * an input, another output, the working directory or the home folder);</li>
 * <li>one run per output: {@link org.mer.io.OutputLock} ({@code <output>.lock}, stale locks of
 * dead processes taken over);</li>
 * <li>an output that exists: {@link org.mer.io.ExistingOutput} (refuse by default).</li>
 * </ul>
 * Decisions: folders are recognised by a marker file, never by their name or content, because a
 * name says nothing about who made a folder; protection comes before the marker (a marked folder
 * that holds an input is still refused). Renames stay inside one folder or between siblings, so
 * they are atomic on one file system. Refusals are {@link org.mer.core.InputException}s with one
 * line naming the path and the reason. docs/reliability.md lists every case and its test.
 */
package org.mer.io;
