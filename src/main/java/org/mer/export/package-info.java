/**
 * Export of a dataset's modality images for other tools, Python above all (issue 13 §5): the
 * entry point is {@link org.mer.export.DatasetExport#export}.
 *
 * <h2>Why it is built this way</h2>
 * <ul>
 * <li>The values are exactly what the Java pipeline computes before its scaling: the modality
 * image resized to the network input S x S by {@link org.mer.mesti.NetworkInput#resized}. A
 * Python model trained on the export therefore sees the same inputs as MEGANet here, and the
 * scaling and standardisation stay the user's choice.</li>
 * <li>NPY and NPZ are written here ({@link org.mer.export.NpyArray}, {@link org.mer.export.Npz})
 * rather than through a library: the format is small and documented, no dependency carries it,
 * and writing it ourselves lets the archives be byte-identical for identical inputs (fixed ZIP
 * times, no compression, like {@code numpy.savez}). One archive per sample with one array per
 * modality: a PyTorch Dataset opens one file per item, whatever the modalities.</li>
 * <li>Arrays are float32, little-endian, C order, shape (channel, y, x): PyTorch's layout, so
 * {@code torch.from_numpy} needs no transpose.</li>
 * <li>TIFFs are ImageJ TIFFs written by the ImageJ bridge through
 * {@link org.mer.export.DatasetExport.TiffWriter}: the core stays free of ImageJ.</li>
 * <li>The export folder is written as a whole ({@link org.mer.io.OwnedFolder#replace}): a
 * failed or canceled export leaves the previous one untouched, and a folder this tool did not
 * export is never replaced.</li>
 * <li>export.json carries the SHA-256 of every file and of the settings, so two people can check
 * that they trained on the same inputs without sending the data.</li>
 * </ul>
 */
package org.mer.export;
