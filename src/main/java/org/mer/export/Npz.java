package org.mer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.mer.core.InputException;
import org.mer.io.AtomicFiles;

/**
 * NumPy's {@code .npz} archives: a ZIP file with one {@code <name>.npy} entry per array
 * ({@link NpyArray}), stored uncompressed like {@code numpy.savez}, so
 * {@code numpy.load(file)[name]} gives each array. Entries carry the fixed time 1980-01-01 00:00,
 * so the same arrays always give the same bytes (and the same SHA-256). Stateless, thread safe.
 */
public final class Npz {
	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	private Npz() {}

	/** Writes the arrays, in map order, atomically ({@link AtomicFiles}). */
	public static void write(Path file, Map<String, NpyArray> arrays) throws IOException {
		AtomicFiles.write(file, temp -> {
			try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
				for (Map.Entry<String, NpyArray> a : arrays.entrySet()) {
					byte[] bytes = a.getValue().toBytes();
					CRC32 crc = new CRC32();
					crc.update(bytes);
					ZipEntry e = new ZipEntry(a.getKey() + ".npy");
					e.setMethod(ZipEntry.STORED);
					e.setSize(bytes.length);
					e.setCompressedSize(bytes.length);
					e.setCrc(crc.getValue());
					e.setTimeLocal(FIXED_TIME);
					zip.putNextEntry(e);
					zip.write(bytes);
					zip.closeEntry();
				}
			}
		});
	}

	/**
	 * Reads every {@code .npy} entry of an archive (stored or deflated), by name without
	 * {@code .npy}, in archive order.
	 *
	 * @throws InputException naming the file when it is not a readable archive of float32 arrays
	 */
	public static Map<String, NpyArray> read(Path file) {
		Map<String, NpyArray> out = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				if (e.isDirectory() || !e.getName().endsWith(".npy")) continue;
				try (InputStream in = zip.getInputStream(e)) {
					String name = e.getName().substring(0, e.getName().length() - 4);
					out.put(name, NpyArray.fromBytes(in.readAllBytes(), file + ":" + e.getName()));
				}
			}
		}
		catch (IOException e) {
			throw new InputException("cannot read " + file + " as .npz: " + e.getMessage(), e);
		}
		return out;
	}
}
