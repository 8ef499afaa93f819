package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.sun.jna.Platform;

class OpenMpWaitPolicyTest {

	@Test
	void passiveUnlessTheUserChose() {
		String user = System.getenv(OpenMpWaitPolicy.VARIABLE);
		String expected = user != null && !user.isEmpty() ? user : Platform.isWindows() ? "" : "PASSIVE";
		assertEquals(expected, Engines.openMpWaitPolicy());
		assertEquals(expected, OpenMpWaitPolicy.applyPassiveUnlessSet(), "applied once, the same afterwards");
	}
}
