/**
 * Fault generators for the reliability tests: hostile and damaged inputs (image bombs, truncated
 * frames and videos, mixed bit depths), failing outputs (a full disk, by quota wrapper everywhere
 * and by a real tmpfs where mounting is allowed; paths that cannot be created) and concurrent
 * writers (a second JVM on the test class path). Everything is generated in the test; no dataset
 * file is bundled. docs/reliability.md lists which test checks which promise.
 */
package org.mer.faults;
