package org.mer.net;

import java.util.Locale;

import org.mer.core.Identified;

/** Where the network runs, as the user chooses it; {@link Devices#pick} turns it into a DJL device. */
public enum DeviceChoice implements Identified {
	/** The first CUDA GPU when one is seen, else the CPU. */
	AUTO,
	/** The CPU. */
	CPU,
	/** The first CUDA GPU; an error explaining how to enable CUDA when none is seen. */
	GPU;

	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
