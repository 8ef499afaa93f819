/**
 * UI-free analysis of Gradient Attention maps: thresholding at a quantile and ranked
 * connected regions. The ImageJ views of these live in {@code org.mer.ij}.
 */
package org.mer.attention;
