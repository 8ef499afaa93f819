package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mer.core.Ids;
import org.mer.core.InputException;

class NetworkSpecTest {

	@Test
	void idsRoundTripAndUnknownIdListsValidOnes() {
		for (Architecture a : Architecture.values()) assertEquals(a, Ids.parse(Architecture.class, a.id(), "network"));
		assertEquals(Architecture.MEGANET_NO_GA, Ids.parse(Architecture.class, " MEGANet-NoGA ", "network"));
		InputException e = assertThrows(InputException.class, () -> Ids.parse(Architecture.class, "alexnet", "network"));
		assertTrue(e.getMessage().contains("alexnet") && e.getMessage().contains("meganet, meganet-noga, resnet18, resnet50, "
			+ "vgg19, efficientnet-b0, ststnet"), e.getMessage());
	}

	@Test
	void mapRoundTripWithJsonDoubles() {
		NetworkSpec s = new NetworkSpec(Architecture.VGG19, 112, 16, 5);
		Map<String, Object> m = s.toMap();
		assertEquals("vgg19", m.get("architecture"));
		assertEquals(s, NetworkSpec.fromMap(m));
		Map<String, Object> json = new HashMap<>();
		json.put("architecture", "meganet");
		json.put("inputSize", 112.0);
		json.put("numClasses", 3.0);
		NetworkSpec d = NetworkSpec.fromMap(json);
		assertEquals(new NetworkSpec(Architecture.MEGANET, 112, 32, 3), d);
		assertEquals(d.hashCode(), new NetworkSpec(Architecture.MEGANET, 112, 3).hashCode());
		assertNotEquals(d, d.withInputSize(128));
	}

	@Test
	void badValuesNameTheField() {
		assertTrue(assertThrows(InputException.class, () -> new NetworkSpec(Architecture.MEGANET, 63, 3)).getMessage()
			.contains("input size"));
		assertTrue(assertThrows(InputException.class, () -> new NetworkSpec(Architecture.MEGANET, 257, 3)).getMessage()
			.contains("input size"));
		assertTrue(assertThrows(InputException.class, () -> new NetworkSpec(Architecture.MEGANET, 64, 1)).getMessage()
			.contains("classes"));
		assertTrue(assertThrows(InputException.class, () -> new NetworkSpec(Architecture.MEGANET, 64, 0, 3)).getMessage()
			.contains("width"));
		Map<String, Object> m = new NetworkSpec(Architecture.MEGANET, 64, 3).toMap();
		m.put("inputSize", 64.5);
		assertTrue(assertThrows(InputException.class, () -> NetworkSpec.fromMap(m)).getMessage().contains("inputSize"));
		m.put("inputSize", 64);
		m.put("inputChannels", 1);
		assertTrue(assertThrows(InputException.class, () -> NetworkSpec.fromMap(m)).getMessage().contains("inputChannels"));
		m.remove("inputChannels");
		m.remove("numClasses");
		assertTrue(assertThrows(InputException.class, () -> NetworkSpec.fromMap(m)).getMessage().contains("numClasses"));
	}
}
