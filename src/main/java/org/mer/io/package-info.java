/** Writing output files atomically (never half a file) and image files (ImageJ TIFF, PNG). */
package org.mer.io;
