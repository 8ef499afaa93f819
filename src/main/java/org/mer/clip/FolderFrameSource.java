package org.mer.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mer.core.InputException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The frames of a folder of image files (jpg, jpeg, png, bmp, tif, tiff; extension case
 * ignored). Ignored: files with other extensions (Thumbs.db, .txt, ...), hidden files (names
 * starting with '.', e.g. .DS_Store and macOS "._img1.jpg"), subfolders. Image files such as
 * masks that share a folder with the frames are not told apart: when their numbers clash with
 * a frame's, opening fails naming both files.
 * <p>
 * Frame numbers come from the file names ({@link NaturalOrder#frameNumber}: the last run of
 * digits, {@code img46.jpg} = 46); two files with the same number are an error. When any
 * frame file has no digits in its name, all files are numbered by their position in natural
 * order, from 1. Frames are ordered by number.
 * <p>
 * The first frame is decoded on opening (it fixes width, height, channels and bit depth, see
 * {@link FrameFiles} for grey vs colour); the others only when asked for. Every frame file's
 * header is checked against {@link FrameLimits} before it is decoded. A frame of another bit
 * depth than the first (an 8-bit PNG among 16-bit TIFFs) is an error naming both files and
 * depths: its values would be on another scale (0..255 against 0..65535) and silently distort
 * the modality images. A grey frame in a colour clip is repeated over R, G, B; a colour frame in a
 * grey clip is an error.
 * <p>
 * Each call returns a new float {@code ArrayImg} that the source does not keep: writing to it
 * changes nothing in the source, and readers get the backing array directly, which is several
 * times faster than reading through a converted view. The frame decoded on opening is handed out
 * by the first request for it (clips usually start there) and then dropped; every other request
 * decodes its file, so wrap the source in a {@link CachingFrameSource} to read frames twice.
 * Thread safe: {@link #frame(int)} may run on several threads at once
 * ({@link #concurrentReads()}), which is how {@link FrameReader} decodes ahead in parallel.
 * {@link #close()} only drops the first frame if it was not asked for.
 */
public final class FolderFrameSource extends AbstractFrameSource {
	private final Path dir;
	private final Path[] files;
	private final int[] numbers;
	private final int bitDepth;
	private final FrameLimits limits;
	private final int firstNumber;
	/** The frame decoded on opening until it is first asked for; guarded by this. */
	private ArrayImg<FloatType, FloatArray> first;

	/**
	 * With {@link FrameLimits#defaults()}.
	 *
	 * @throws InputException missing folder, no frame files, clashing numbers, unreadable first frame
	 */
	public FolderFrameSource(Path dir) {
		this(dir, FrameLimits.defaults());
	}

	/**
	 * @param limits checked on every frame file's header before it is decoded
	 * @throws InputException missing folder, no frame files, clashing numbers, unreadable or too
	 *           large first frame
	 */
	public FolderFrameSource(Path dir, FrameLimits limits) {
		this.dir = dir;
		this.limits = limits;
		if (!Files.isDirectory(dir))
			throw new InputException(Files.exists(dir) ? dir + " is not a folder" : "no such folder: " + dir);
		List<Path> found = list(dir);
		if (found.isEmpty()) throw new InputException("no frames (jpg, png, bmp, tif) in " + dir);
		found.sort(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE));
		int n = found.size();
		int[] parsed = new int[n];
		boolean allNumbered = true;
		for (int i = 0; i < n; i++) {
			parsed[i] = NaturalOrder.frameNumber(found.get(i).getFileName().toString());
			allNumbered &= parsed[i] >= 0;
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		if (allNumbered) Arrays.sort(order, Comparator.comparingInt(i -> parsed[i]));
		files = new Path[n];
		numbers = new int[n];
		for (int k = 0; k < n; k++) {
			files[k] = found.get(order[k]);
			numbers[k] = allNumbered ? parsed[order[k]] : k + 1;
			if (k > 0 && numbers[k] == numbers[k - 1])
				throw new InputException("frames " + files[k - 1].getFileName() + " and " + files[k].getFileName() + " in " + dir
					+ " have the same frame number " + numbers[k]);
		}
		FrameFiles.Decoded decoded = FrameFiles.decode(files[0], limits);
		first = decoded.image;
		bitDepth = decoded.bitDepth;
		firstNumber = numbers[0];
		Path name = dir.toAbsolutePath().normalize().getFileName();
		describe(name == null ? dir.toString() : name.toString(), numbers, first.dimension(0), first.dimension(1), (int) first.dimension(2));
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.filter(Files::isRegularFile).filter(p -> FrameFiles.isFrameFile(p.getFileName().toString()))
				.collect(Collectors.toCollection(ArrayList::new));
		}
		catch (IOException e) {
			throw new InputException("cannot list folder " + dir + ": " + e.getMessage(), e);
		}
	}

	/** The folder. */
	public Path folder() {
		return dir;
	}

	/** The file holding frame {@code frameNumber}. */
	public Path file(int frameNumber) {
		return files[indexOf(frameNumber)];
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		int index = indexOf(frameNumber);
		if (frameNumber == firstNumber) {
			ArrayImg<FloatType, FloatArray> opened = takeFirst();
			if (opened != null) return opened;
		}
		return check(FrameFiles.decode(files[index], limits), files[index], frameNumber);
	}

	private synchronized ArrayImg<FloatType, FloatArray> takeFirst() {
		ArrayImg<FloatType, FloatArray> f = first;
		first = null;
		return f;
	}

	/** True: frames are decoded independently, see the class comment. */
	@Override
	public boolean concurrentReads() {
		return true;
	}

	private ArrayImg<FloatType, FloatArray> check(FrameFiles.Decoded decoded, Path file, int frameNumber) {
		ArrayImg<FloatType, FloatArray> img = decoded.image;
		if (decoded.bitDepth != bitDepth)
			throw new InputException("frame " + frameNumber + " (" + file + ") is " + decoded.depthName() + " but the first frame ("
				+ files[0] + ") is " + FrameFiles.depthName(bitDepth)
				+ ": the frames of a clip must share one bit depth (their values are on different scales)");
		if (img.dimension(0) != width() || img.dimension(1) != height())
			throw new InputException("frame " + frameNumber + " (" + file + ") is " + img.dimension(0) + "x" + img.dimension(1)
				+ " but the first frame is " + width() + "x" + height());
		if (img.dimension(2) == channels()) return img;
		if (img.dimension(2) == 3)
			throw new InputException("frame " + frameNumber + " (" + file + ") is colour but the first frame is grey");
		float[] grey = img.update(null).getCurrentStorageArray();
		int plane = grey.length;
		float[] rgb = new float[3 * plane];
		for (int c = 0; c < 3; c++)
			System.arraycopy(grey, 0, rgb, c * plane, plane);
		return ArrayImgs.floats(rgb, width(), height(), 3);
	}

	private int indexOf(int frameNumber) {
		int index = Arrays.binarySearch(numbers, frameNumber);
		if (index < 0)
			throw new InputException("frame " + frameNumber + " is not in " + dir + " (frames " + numbers[0] + ".."
				+ numbers[numbers.length - 1] + ", " + numbers.length + " files)");
		return index;
	}

	@Override
	public void close() {
		takeFirst();
	}
}
