package org.mer.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ScalingSettings;
import org.mer.train.TrainSettings;

/** A fold trained in another JVM must use the same input scaling. */
class SettingsRecordScalingTest {
	@Test
	void scalingTravelsWithTheSettings() throws Exception {
		TrainSettings s = RunFixtures.settings().toBuilder().scaling(ScalingSettings.builder(InputScaling.ZSCORE).zscoreClip(2.5).build()).build();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new SettingsRecord(s));
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertEquals(s.scaling(), ((SettingsRecord) in.readObject()).toSettings().scaling());
		}
	}
}
