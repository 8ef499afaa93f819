/** Optional face-region step (SPEC §6): Haar-cascade face detection on the onset frame and a fixed crop. */
package org.mer.face;
