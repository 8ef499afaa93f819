/**
 * Spotting expressions in long recordings (SPEC §10): the recordings and their ground truth as
 * dataset readers deliver them. {@link org.mer.spot.Recording} and
 * {@link org.mer.spot.GroundTruthInterval} are the contract between the long-video dataset readers
 * ({@code org.mer.data.recording}) and the spotter: frame numbers are absolute, as the datasets'
 * sheets use them, and intervals are inclusive at both ends, so the MEGC scoring (IoU over frames
 * counted inclusive) needs no conversion.
 */
package org.mer.spot;
