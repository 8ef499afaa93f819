package org.mer.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mer.core.InputException;

/**
 * A float32 array in NumPy's {@code .npy} format, version 1.0: the 6 bytes {@code \x93NUMPY},
 * version bytes 1 and 0, the header length (uint16, little-endian), then an ASCII header
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 112, 112), }} padded with spaces
 * and ended by a newline so that the data starts at a multiple of 64 bytes, then the values as
 * little-endian IEEE float32 in C order (last axis fastest). This is what
 * {@code numpy.save} writes for a C-contiguous {@code float32} array, and {@code numpy.load}
 * reads it. Immutable; the data array is not copied, callers must not modify it.
 */
public final class NpyArray {
	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
	private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
	private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
	private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

	private final int[] shape;
	private final float[] data;

	/**
	 * @param shape each extent at least 0; their product is the data length
	 * @param data values in C order
	 */
	public NpyArray(int[] shape, float[] data) {
		long n = 1;
		for (int s : shape) {
			if (s < 0) throw new IllegalArgumentException("negative extent in shape " + Arrays.toString(shape));
			n *= s;
		}
		if (n != data.length) throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
		this.shape = shape.clone();
		this.data = data;
	}

	/** The extents, first axis first (a copy). */
	public int[] shape() { return shape.clone(); }

	/** The values in C order (shared; do not modify). */
	public float[] data() { return data; }

	/** The whole {@code .npy} file. */
	public byte[] toBytes() {
		StringBuilder dims = new StringBuilder();
		for (int s : shape)
			dims.append(s).append(", ");
		String tuple = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + (shape.length == 0 ? "" : dims.substring(0, dims.length() - 2)) + ")";
		StringBuilder header = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': ").append(tuple).append(", }");
		while ((MAGIC.length + 4 + header.length() + 1) % 64 != 0)
			header.append(' ');
		header.append('\n');
		byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + h.length + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
		out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h);
		out.asFloatBuffer().put(data);
		return out.array();
	}

	/**
	 * Reads a {@code .npy} file of little-endian float32 in C order (version 1.0 or 2.0 header).
	 *
	 * @param name what to call the array in messages (file or entry name)
	 * @throws InputException naming it when the bytes are not such an array
	 */
	public static NpyArray fromBytes(byte[] bytes, String name) {
		ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		byte[] magic = new byte[MAGIC.length];
		if (bytes.length < 10) throw new InputException(name + " is not a .npy array (too short)");
		in.get(magic);
		if (!Arrays.equals(magic, MAGIC)) throw new InputException(name + " is not a .npy array (no \\x93NUMPY magic)");
		int major = in.get(), minor = in.get();
		long headerLength = major == 1 ? Short.toUnsignedInt(in.getShort()) : major == 2 ? Integer.toUnsignedLong(in.getInt()) : -1;
		if (headerLength < 0 || minor != 0 || in.position() + headerLength > bytes.length)
			throw new InputException(name + ": unsupported .npy version " + major + "." + minor);
		String header = new String(bytes, in.position(), (int) headerLength, StandardCharsets.US_ASCII);
		in.position(in.position() + (int) headerLength);
		Matcher descr = DESCR.matcher(header), order = ORDER.matcher(header), shape = SHAPE.matcher(header);
		if (!descr.find() || !order.find() || !shape.find()) throw new InputException(name + ": malformed .npy header " + header.trim());
		if (!descr.group(1).equals("<f4") || order.group(1).equals("True"))
			throw new InputException(name + ": only little-endian float32 in C order is read, got " + descr.group(1) + (order.group(1).equals("True") ? " in Fortran order" : ""));
		String[] parts = shape.group(1).split(",");
		int[] dims = new int[0];
		for (String p : parts)
			if (!p.trim().isEmpty()) {
				dims = Arrays.copyOf(dims, dims.length + 1);
				dims[dims.length - 1] = Integer.parseInt(p.trim());
			}
		long n = 1;
		for (int d : dims)
			n *= d;
		if (4 * n != in.remaining()) throw new InputException(name + ": shape " + Arrays.toString(dims) + " needs " + 4 * n + " bytes of data, found " + in.remaining());
		float[] data = new float[(int) n];
		in.asFloatBuffer().get(data);
		return new NpyArray(dims, data);
	}
}
