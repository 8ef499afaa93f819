package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.io.Sha256;
import org.mer.core.InputException;

/**
 * The committed TorchScript fixture (made by scripts/meganet.py through make_fixture.py next to
 * it) loads through {@link ModelFolder} and reproduces the logits PyTorch recorded.
 */
class TorchScriptFixtureTest {
	@TempDir
	Path tmp;

	static Path fixture() throws URISyntaxException {
		return Paths.get(TorchScriptFixtureTest.class.getResource("/torchscript/tiny-meganet/model.json").toURI()).getParent();
	}

	/** x[0, c, y, x] = sin(0.1 * (c + 1) * (x + 2 * y)), as in expected-logits.json. */
	static float[] recipe(int s) {
		float[] v = new float[3 * s * s];
		for (int c = 0; c < 3; c++)
			for (int y = 0; y < s; y++)
				for (int x = 0; x < s; x++)
					v[(c * s + y) * s + x] = (float) Math.sin(0.1 * (c + 1) * (x + 2 * y));
		return v;
	}

	@Test
	void reproducesTheRecordedLogitsAndAttentionShapes() throws Exception {
		Path dir = fixture();
		JsonObject expected;
		try (InputStream in = Files.newInputStream(dir.resolve("expected-logits.json"))) {
			expected = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
		}
		JsonArray logits = expected.getAsJsonArray("logits");
		JsonArray means = expected.getAsJsonArray("attention_means");
		try (LoadedModel model = ModelFolder.load(dir, Device.cpu());
			NDManager m = model.manager().newSubManager())
		{
			assertTrue(model.isTorchScript());
			assertEquals(64, model.config().inputSize());
			NDList out = model.block().forward(new ParameterStore(m, false),
				new NDList(m.create(recipe(64), new Shape(1, 3, 64, 64))), false);
			float[] got = out.get(0).toFloatArray();
			assertEquals(logits.size(), got.length);
			for (int i = 0; i < got.length; i++)
				assertEquals(logits.get(i).getAsDouble(), got[i], 1e-4, "logit " + i);
			assertEquals(5, out.size(), "logits and 4 attention maps");
			for (int i = 1; i < 5; i++) {
				assertEquals(new Shape(1, 1, 64 >> i, 64 >> i), out.get(i).getShape());
				assertEquals(means.get(i - 1).getAsDouble(), out.get(i).mean().getFloat(), 1e-4, "attention mean " + i);
			}
		}
	}

	@Test
	void aTamperedArchiveIsRefusedBeforeLibtorchReadsIt() throws Exception {
		Path dir = tmp.resolve("tampered");
		Files.createDirectories(dir);
		Files.copy(fixture().resolve("model.json"), dir.resolve("model.json"));
		byte[] pt = Files.readAllBytes(fixture().resolve("model.pt"));
		pt[pt.length / 2] ^= 0x55;
		Files.write(dir.resolve("model.pt"), pt);
		InputException e = assertThrows(InputException.class, () -> ModelFolder.load(dir, Device.cpu()).close());
		assertTrue(e.getMessage().startsWith("sha256 mismatch for " + dir.resolve("model.pt")), e.getMessage());
	}

	@Test
	void aCorruptArchiveWithAMatchingShaIsAnInputException() throws IOException, URISyntaxException {
		Path dir = tmp.resolve("corrupt");
		Files.createDirectories(dir);
		byte[] pt = "PK\u0003\u0004 definitely not a zip".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(dir.resolve("model.pt"), pt);
		String json = new String(Files.readAllBytes(fixture().resolve("model.json")), StandardCharsets.UTF_8);
		String sha = ModelFolder.readConfigUnchecked(fixture()).weights().get(0).sha256();
		Files.write(dir.resolve("model.json"), json.replace(sha, Sha256.of(dir.resolve("model.pt"))).getBytes(StandardCharsets.UTF_8));
		InputException e = assertThrows(InputException.class, () -> ModelFolder.load(dir, Device.cpu()).close());
		assertTrue(e.getMessage().contains(dir.resolve("model.pt").toString()), e.getMessage());
	}
}
