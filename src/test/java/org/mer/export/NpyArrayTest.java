package org.mer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

/** NPY v1.0 bytes and NPZ archives as NumPy writes them. */
class NpyArrayTest {
	@TempDir
	Path tmp;

	@Test
	void headerIsNumpysVersionOneAndDataLittleEndian() {
		float[] data = new float[12];
		for (int i = 0; i < data.length; i++)
			data[i] = i - 0.5f;
		byte[] b = new NpyArray(new int[] { 3, 2, 2 }, data).toBytes();
		assertArrayEquals(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 }, java.util.Arrays.copyOf(b, 8));
		int headerLength = (b[8] & 255) | (b[9] & 255) << 8;
		assertEquals(0, (10 + headerLength) % 64);
		String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
		assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2, 2), }"), header);
		assertTrue(header.endsWith(" \n") || header.endsWith("}\n"), header);
		assertEquals(10 + headerLength + 48, b.length);
		ByteBuffer le = ByteBuffer.wrap(b, 10 + headerLength, 48).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(-0.5f, le.getFloat(), 0);
		assertEquals(0.5f, le.getFloat(), 0);
		String one = new String(new NpyArray(new int[] { 5 }, new float[5]).toBytes(), 10, 60, StandardCharsets.US_ASCII);
		assertTrue(one.contains("'shape': (5,), }"), one);
	}

	@Test
	void bytesAndArchivesRoundTripAndRepeatExactly() throws Exception {
		float[] data = { Float.MIN_VALUE, -0f, 1e30f, Float.NaN, 3, 4 };
		NpyArray a = NpyArray.fromBytes(new NpyArray(new int[] { 2, 3 }, data).toBytes(), "a");
		assertArrayEquals(new int[] { 2, 3 }, a.shape());
		assertArrayEquals(data, a.data(), 0);
		Map<String, NpyArray> arrays = new LinkedHashMap<>();
		arrays.put("mesti-apex_peak", new NpyArray(new int[] { 2, 3 }, data));
		arrays.put("flow", new NpyArray(new int[] { 1 }, new float[] { 7 }));
		Npz.write(tmp.resolve("a.npz"), arrays);
		Npz.write(tmp.resolve("b.npz"), arrays);
		assertArrayEquals(Files.readAllBytes(tmp.resolve("a.npz")), Files.readAllBytes(tmp.resolve("b.npz")));
		Map<String, NpyArray> back = Npz.read(tmp.resolve("a.npz"));
		assertEquals(java.util.List.of("mesti-apex_peak", "flow"), new java.util.ArrayList<>(back.keySet()));
		assertArrayEquals(data, back.get("mesti-apex_peak").data(), 0);
		assertArrayEquals(new float[] { 7 }, back.get("flow").data(), 0);
	}

	@Test
	void otherTypesAndDamageAreRefusedByName() {
		byte[] b = new NpyArray(new int[] { 1 }, new float[] { 1 }).toBytes();
		byte[] big = b.clone();
		big[10 + "{'descr': '".length()] = '>';
		InputException e = assertThrows(InputException.class, () -> NpyArray.fromBytes(big, "x.npy"));
		assertTrue(e.getMessage().startsWith("x.npy: only little-endian float32"), e.getMessage());
		assertThrows(InputException.class, () -> NpyArray.fromBytes(java.util.Arrays.copyOf(b, b.length - 1), "x.npy"));
		assertThrows(IllegalArgumentException.class, () -> new NpyArray(new int[] { 2, 2 }, new float[3]));
	}
}
