package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;
import org.mer.mesti.MestiWeighting;

class ModelConfigJsonTest {

	private static ModelConfig sample() {
		return TinyModels.config(TinyModels.spec(8)).withWeights(List.of(new WeightFile("meganet-0000.params",
			"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", WeightFile.Kind.DJL_PARAMS)));
	}

	@Test
	void roundTripKeepsEveryField() {
		ModelConfig c = sample();
		String json = ModelConfigJson.toJson(c);
		ModelConfig back = ModelConfigJson.fromJson(json, "model.json");
		assertEquals(c, back);
		assertEquals(TinyModels.spec(8), back.networkSpec());
		assertEquals(MestiWeighting.APEX_PEAK, back.modalitySettings().weighting());
		assertArrayEquals(new float[] { 0.25f, 0.25f, 0.25f }, back.std());
		assertEquals(0.5, back.provenance().metrics().get("ACC"));
		assertTrue(json.contains("\"kind\": \"djl-params\""), json);
	}

	@Test
	void badJsonNamesTheFileAndTheProblem() {
		InputException e = assertThrows(InputException.class, () -> ModelConfigJson.fromJson("{\"formatVersion\": 1,", "/x/model.json"));
		assertTrue(e.getMessage().startsWith("/x/model.json is not valid JSON"), e.getMessage());
		String json = ModelConfigJson.toJson(sample());
		e = assertThrows(InputException.class,
			() -> ModelConfigJson.fromJson(json.replace("\"inputSize\": 64,", ""), "/x/model.json"));
		assertEquals("/x/model.json: field 'inputSize' is missing", e.getMessage());
		e = assertThrows(InputException.class,
			() -> ModelConfigJson.fromJson(json.replace("\"djl-params\"", "\"onnx\""), "/x/model.json"));
		assertTrue(e.getMessage().contains("weight kind: unknown value 'onnx'"), e.getMessage());
	}
}
