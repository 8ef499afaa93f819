/**
 * Bridge between ImageJ 1.x images and the imglib2 core: stacks and hyperstacks as frame
 * sources (wrapping pixel arrays without copying) and imglib2 images back to ImagePlus. Uses
 * only non-GUI ImageJ classes.
 */
package org.mer.ij;
