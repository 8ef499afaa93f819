package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ScalingSettings;

/** The input scaling in model.json: inside "normalisation", round trip, and old files meaning min-max. */
class ModelConfigScalingTest {
	private static final ModelConfig BASE = TinyModels.config(TinyModels.spec(8));

	private static ModelConfig with(ScalingSettings scaling) {
		ModelConfig base = BASE;
		return new ModelConfig(base.formatVersion(), base.networkMap(), base.classNames(), base.modalityMap(), base.inputSize(), scaling,
			base.mean(), base.std(), base.provenance(), base.weights());
	}

	@Test
	void everyScalingRoundTripsInsideNormalisation() {
		ScalingSettings dataset = ScalingSettings.builder(InputScaling.DATASET).percentile(0.5)
			.range(new float[] { -0.123456f, 0.5f, 1e-7f }, new float[] { 3.3333333f, 7f, 2.5f }).build();
		for (ScalingSettings s : List.of(ScalingSettings.minmax(), ScalingSettings.builder(InputScaling.PERCENTILE).percentile(2).build(),
			ScalingSettings.builder(InputScaling.ZSCORE).zscoreClip(2.5).build(), dataset))
		{
			String json = ModelConfigJson.toJson(with(s));
			ModelConfig back = ModelConfigJson.fromJson(json, "model.json");
			assertEquals(s, back.scaling(), json);
			assertEquals(with(s), back);
			JsonObject norm = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("normalisation");
			assertEquals(s.kind().id(), norm.get("scaling").getAsString());
			for (String key : s.toMap().keySet())
				assertTrue(norm.has(key), key + " outside normalisation: " + json);
		}
		String json = ModelConfigJson.toJson(with(dataset));
		assertTrue(json.contains("\"percentile\": 0.5"), json);
		assertArrayEquals(new float[] { -0.123456f, 0.5f, 1e-7f }, ModelConfigJson.fromJson(json, "m").scaling().low(), 0);
	}

	@Test
	void anOldModelJsonMeansMinmax() throws Exception {
		String demo = new String(Files.readAllBytes(Paths.get("test-data/models/demo/model.json")), "UTF-8");
		assertTrue(!demo.contains("\"scaling\""), "the demo model predates the scaling option");
		assertEquals(ScalingSettings.minmax(), ModelConfigJson.fromJson(demo, "demo/model.json").scaling());
		assertEquals(ScalingSettings.minmax(), TinyModels.config(TinyModels.spec(8)).scaling());
	}

	@Test
	void badScalingFieldsNameTheFileAndField() {
		String json = ModelConfigJson.toJson(with(ScalingSettings.of(InputScaling.PERCENTILE)));
		InputException e = assertThrows(InputException.class,
			() -> ModelConfigJson.fromJson(json.replace("\"scaling\": \"percentile\"", "\"scaling\": \"robust\""), "/m/model.json"));
		assertTrue(e.getMessage().startsWith("/m/model.json: normalisation.scaling: unknown value 'robust'"), e.getMessage());
		e = assertThrows(InputException.class,
			() -> ModelConfigJson.fromJson(json.replace("\"scaling\": \"percentile\"", "\"scaling\": \"dataset\""), "/m/model.json"));
		assertTrue(e.getMessage().contains("normalisation.scaling 'dataset' needs its fitted low and high"), e.getMessage());
		e = assertThrows(InputException.class,
			() -> ModelConfigJson.fromJson(json.replace("\"percentile\": 1.0", "\"percentile\": 75"), "/m/model.json"));
		assertTrue(e.getMessage().contains("normalisation.percentile must be in [0, 50)"), e.getMessage());
	}
}
