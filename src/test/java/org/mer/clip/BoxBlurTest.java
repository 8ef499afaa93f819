package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The vectorisable blur and the apex it gives equal the direct loops they replaced. */
class BoxBlurTest {

	/** The direct two-pass loops of the original ApexSpotter, kept as the reference. */
	static float[] referenceBlur(float[] in, long[] shape) {
		int w = (int) shape[0], h = (int) shape[1], c = (int) shape[2];
		float[] tmp = new float[in.length], out = new float[in.length];
		for (int ch = 0; ch < c; ch++) {
			int plane = ch * w * h;
			for (int y = 0; y < h; y++) {
				int row = plane + y * w;
				for (int x = 0; x < w; x++) {
					int xl = Math.max(x - 1, 0), xr = Math.min(x + 1, w - 1);
					tmp[row + x] = (in[row + xl] + in[row + x] + in[row + xr]) / 3f;
				}
			}
			for (int y = 0; y < h; y++) {
				int up = plane + Math.max(y - 1, 0) * w, mid = plane + y * w, down = plane + Math.min(y + 1, h - 1) * w;
				for (int x = 0; x < w; x++)
					out[mid + x] = (tmp[up + x] + tmp[mid + x] + tmp[down + x]) / 3f;
			}
		}
		return out;
	}

	private static float[] random(Random r, int n) {
		float[] a = new float[n];
		for (int i = 0; i < n; i++)
			a[i] = r.nextFloat() * 255;
		return a;
	}

	@Test
	void sameBitsAsTheDirectLoopsForEveryShape() {
		Random r = new Random(3);
		for (long[] shape : new long[][] { { 1, 1, 1 }, { 1, 7, 1 }, { 7, 1, 3 }, { 2, 2, 1 }, { 2, 3, 3 }, { 9, 8, 3 }, { 33, 17, 1 }, { 280, 34, 3 } }) {
			float[] in = random(r, (int) (shape[0] * shape[1] * shape[2]));
			assertArrayEquals(referenceBlur(in, shape), ApexSpotter.blur3x3(in, shape), 0f, java.util.Arrays.toString(shape));
		}
	}

	@Test
	void differenceSumMatchesTheSequentialSum() {
		Random r = new Random(4);
		long[] shape = { 37, 21, 3 };
		float[] a = random(r, 37 * 21 * 3), ref = random(r, a.length);
		float[] blurred = referenceBlur(a, shape);
		double sequential = 0;
		for (int i = 0; i < a.length; i++)
			sequential += Math.abs(blurred[i] - ref[i]);
		assertEquals(sequential, new BoxBlur(shape).sumAbsDifference(a, ref), 1e-9 * sequential, "only the order of additions differs");
	}

	@Test
	void spottedApexEqualsTheReferenceSpotterOnRandomClips() {
		Random r = new Random(5);
		for (int clip = 0; clip < 20; clip++) {
			int w = 3 + r.nextInt(20), h = 3 + r.nextInt(20), c = r.nextBoolean() ? 1 : 3, frames = 2 + r.nextInt(12);
			ArrayFrameSource s = new ArrayFrameSource("random", w, h, c, 10);
			float[][] pixels = new float[frames][];
			for (int f = 0; f < frames; f++)
				s.add(pixels[f] = random(r, w * h * c));
			long[] shape = { w, h, c };
			float[] reference = referenceBlur(pixels[0], shape);
			int best = 10;
			double bestScore = 0;
			for (int f = 1; f < frames; f++) {
				float[] b = referenceBlur(pixels[f], shape);
				double sum = 0;
				for (int i = 0; i < b.length; i++)
					sum += Math.abs(b[i] - reference[i]);
				if (sum / b.length > bestScore) {
					bestScore = sum / b.length;
					best = 10 + f;
				}
			}
			assertEquals(best, ApexSpotter.spot(s, 10, 10 + frames - 1, ApexMethod.MOTION), "clip " + clip);
		}
	}
}
