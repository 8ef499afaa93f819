package org.mer.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.Clip;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.io.ImageFiles;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.EightBit;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.NetworkInput;

/**
 * Exports a dataset's modality images for other tools (issue 13 §5): the entry point of the
 * Export use case. The folder it writes ({@link OutputKind#EXPORT}, replaced as a whole by
 * {@link OwnedFolder#replace}: a new export appears only complete, an existing one stays as it
 * was when anything fails or is canceled):
 * <pre>
 * out/samples/&lt;dataset&gt;/&lt;sample id&gt;.npz            npz: one array per modality, (3, S, S) float32
 * out/samples/&lt;dataset&gt;/&lt;sample id&gt;/&lt;modality&gt;.png  png (8-bit) or .tif (float32 ImageJ TIFF)
 * out/manifest.csv   one row per sample (see {@link ExportRecords})
 * out/folds.csv      the leave-one-subject-out split
 * out/export.json    settings, their SHA-256 and the SHA-256 of every other file
 * </pre>
 * Sample ids become paths segment by segment, characters other than letters, digits, '.', '_'
 * and '-' replaced by '_' (a clash gets {@code ~2}, {@code ~3}, ...). Every value is the modality
 * image resized to S x S as the network input is ({@link NetworkInput#resized}): area averaging
 * when shrinking, bilinear when growing, a grey image repeated to 3 channels, neither scaled
 * nor standardised, so Python sees what the Java pipeline feeds into its scaling. Files hold no
 * time stamp: the same inputs and settings give byte-identical files. Not thread safe.
 */
public final class DatasetExport {
	/** Writes a float (X, Y, C) image as a TIFF with an info text: ImageJ's writer lives outside the core. */
	public interface TiffWriter {
		void write(Img<FloatType> xyc, String info, Path file) throws IOException;
	}

	/** What an export wrote. */
	public static final class Result {
		private final Path folder;
		private final int samples;
		private final List<String> files;
		private final String settingsSha256;

		Result(Path folder, int samples, List<String> files, String settingsSha256) {
			this.folder = folder;
			this.samples = samples;
			this.files = Collections.unmodifiableList(files);
			this.settingsSha256 = settingsSha256;
		}

		public Path folder() { return folder; }
		public int samples() { return samples; }
		/** Every file written (relative, '/'-separated, sorted), export.json included. */
		public List<String> files() { return files; }
		/** SHA-256 of the settings, as in export.json. */
		public String settingsSha256() { return settingsSha256; }
	}

	public static final String SAMPLES = "samples";

	private DatasetExport() {}

	/**
	 * @param tiff writes the TIFFs; needed only for {@link ExportFormat#TIFF}
	 * @throws InputException naming the sample whose modality cannot be computed, or the folder
	 *           when it may not be written (it holds files this tool did not export, or an input)
	 * @throws org.mer.core.CanceledException when canceled; nothing is left behind
	 */
	public static Result export(Dataset dataset, ExportSettings settings, Path out, TiffWriter tiff, Progress progress) throws IOException {
		if (settings.format() == ExportFormat.TIFF && tiff == null) throw new IllegalArgumentException("a TIFF export needs a TIFF writer");
		if (dataset.samples().isEmpty()) throw new InputException("dataset " + dataset.name() + " has no sample to export");
		ProtectedPaths.Builder protect = ProtectedPaths.builder();
		for (Sample s : dataset.samples())
			protect.input(s.frames());
		Result[] result = new Result[1];
		OwnedFolder.replace(out, OutputKind.EXPORT, protect.build(), dir -> result[0] = writeInto(dir, dataset, settings, tiff, progress));
		Result r = result[0];
		return new Result(out, r.samples(), r.files(), r.settingsSha256());
	}

	private static Result writeInto(Path dir, Dataset dataset, ExportSettings settings, TiffWriter tiff, Progress progress) throws IOException {
		List<Sample> samples = dataset.samples();
		ExportRecords records = new ExportRecords(dataset, settings);
		Set<String> used = new HashSet<>();
		for (int i = 0; i < samples.size(); i++) {
			progress.checkCanceled();
			Sample s = samples.get(i);
			progress.status("export " + (i + 1) + "/" + samples.size() + ": " + s.id());
			progress.progress((double) i / samples.size());
			String base = SAMPLES + "/" + unique(safePath(s.dataset() + "/" + s.id()), used);
			try {
				records.add(s, exportSample(dir, base, s, settings, tiff));
			}
			catch (InputException e) {
				throw new InputException("sample " + s.dataset() + ":" + s.id() + ": " + e.getMessage(), e);
			}
		}
		progress.progress(1);
		String settingsSha = records.writeAll(dir);
		return new Result(dir, samples.size(), records.files(), settingsSha);
	}

	/** Computes and writes one sample's images; returns the first modality's image (for its frames) and the files by modality name. */
	private static ExportRecords.Written exportSample(Path dir, String base, Sample s, ExportSettings settings, TiffWriter tiff) throws IOException {
		int size = settings.inputSize();
		Map<String, String> files = new LinkedHashMap<>();
		Map<String, NpyArray> arrays = new LinkedHashMap<>();
		ModalityImage first = null;
		try (FrameSource source = FrameSources.open(s.frames())) {
			Clip clip = ClipResolver.resolve(source, s.range(), settings.modalities().get(0).apexMethod());
			for (ModalitySettings m : settings.modalities()) {
				ModalityImage image = Modalities.compute(clip, m, Progress.NONE);
				if (first == null) first = image;
				float[] chw = NetworkInput.resized(image.image(), size);
				String name = ExportSettings.name(m);
				switch (settings.format()) {
					case NPZ:
						arrays.put(name, new NpyArray(new int[] { 3, size, size }, chw));
						files.put(name, base + ExportFormat.NPZ.extension());
						break;
					case PNG: {
						String file = base + "/" + name + ExportFormat.PNG.extension();
						ImageFiles.writePng(EightBit.scale(xyc(chw, size)).image(), ExportRecords.create(dir, file));
						files.put(name, file);
						break;
					}
					default: {
						String file = base + "/" + name + ExportFormat.TIFF.extension();
						tiff.write(xyc(chw, size), image.info() + "export_size = " + size + "\n", ExportRecords.create(dir, file));
						files.put(name, file);
					}
				}
			}
		}
		if (settings.format() == ExportFormat.NPZ) Npz.write(ExportRecords.create(dir, base + ExportFormat.NPZ.extension()), arrays);
		return new ExportRecords.Written(first, files);
	}

	/** The (X, Y, C) image over a (C, H, W) array of a square side: the same memory order, shared. */
	static Img<FloatType> xyc(float[] chw, int size) {
		return ArrayImgs.floats(chw, size, size, chw.length / (size * size));
	}

	/** Each '/'-separated segment made safe as a file name. */
	static String safePath(String id) {
		List<String> parts = new ArrayList<>();
		for (String seg : id.split("[/\\\\]+")) {
			String safe = seg.replaceAll("[^A-Za-z0-9._-]", "_");
			if (safe.isEmpty() || safe.equals(".") || safe.equals("..")) safe = "_" + safe.replace('.', '_');
			parts.add(safe);
		}
		return String.join("/", parts);
	}

	private static String unique(String path, Set<String> used) {
		String p = path;
		for (int k = 2; !used.add(p.toLowerCase(java.util.Locale.ROOT)); k++)
			p = path + "~" + k;
		return p;
	}
}
