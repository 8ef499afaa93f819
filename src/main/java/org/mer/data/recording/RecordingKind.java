package org.mer.data.recording;

import java.util.Locale;

import org.mer.core.InputException;

/** The long-video dataset layouts the project reads; {@link #id()} is the name front ends use. */
public enum RecordingKind implements org.mer.core.Identified {
	/** CAS(ME)^2 part A: rawpic/s15/15_0101disgustingteeth/img1.jpg (or rawvideo), 30 fps. */
	CASME2_LV("casme2-lv"),
	/** SAMM Long Videos: SAMM_longvideos/006_1/006_1_0001.jpg, 200 fps. */
	SAMM_LV("samm-lv"),
	/** CAS(ME)^3 part A long videos: spNO.1/a/color/0.jpg, 30 fps. */
	CASME3_LV("casme3-lv"),
	/** This project's synthetic long recordings ({@code org.mer.data.synth.LongRecordingGenerator}). */
	SYNTH_LV("synth-lv");

	private final String id;

	RecordingKind(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

}
