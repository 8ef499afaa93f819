package org.mer.net;

import ai.djl.Device;
import ai.djl.engine.Engine;

import org.mer.core.Ids;
import org.mer.core.InputException;

/**
 * Picks the device a model runs on from the user's choice {@code auto | cpu | gpu}:
 * <ul>
 * <li>{@code auto}: the first CUDA GPU when DJL's PyTorch engine sees one, else the CPU;</li>
 * <li>{@code cpu}: the CPU;</li>
 * <li>{@code gpu}: the first CUDA GPU, or an {@link InputException} explaining how to enable
 * CUDA when none is seen.</li>
 * </ul>
 * The plugin bundles DJL's CPU libtorch ({@code pytorch-native-cpu}). DJL sees a GPU only when
 * a CUDA build of libtorch is loaded: put DJL's CUDA native jar for the same PyTorch version
 * ({@code ai.djl.pytorch:pytorch-native-cu128:2.7.1:linux-x86_64} or {@code win-x86_64}) in
 * Fiji's {@code jars/} folder in place of {@code pytorch-native-cpu}, or, on a machine that is
 * online, start with {@code -Dai.djl.offline=false -DPYTORCH_FLAVOR=cu128} so DJL downloads it
 * into its cache ({@code ~/.djl.ai}). Offline without a CUDA jar, only the CPU is used. An
 * NVIDIA driver supporting that CUDA version is needed in all cases. Thread safe.
 */
public final class Devices {
	private Devices() {}

	/**
	 * @param choice "auto", "cpu" or "gpu" (case-insensitive; null means auto)
	 * @throws InputException for an unknown choice, or "gpu" when no CUDA GPU is seen
	 */
	public static Device pick(String choice) {
		return pick(choice == null ? DeviceChoice.AUTO : Ids.parse(DeviceChoice.class, choice, "device"));
	}

	/** @throws InputException for {@link DeviceChoice#GPU} when no CUDA GPU is seen */
	public static Device pick(DeviceChoice choice) {
		Engine engine = Engines.pytorch();
		switch (choice) {
			case AUTO:
				return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
			case CPU:
				return Device.cpu();
			case GPU:
				if (engine.getGpuCount() > 0) return Device.gpu();
				throw new InputException("device 'gpu' was asked for but DJL's PyTorch engine sees no CUDA GPU ("
					+ Engines.describe() + "). To use a GPU, install an NVIDIA driver and a CUDA build of libtorch: put "
					+ "ai.djl.pytorch:pytorch-native-cu128:2.7.1 (your platform's jar) in Fiji's jars/ folder in place of "
					+ "pytorch-native-cpu, or run online with -Dai.djl.offline=false -DPYTORCH_FLAVOR=cu128; "
					+ "or use device 'cpu' or 'auto'");
			default:
				throw new IllegalArgumentException(choice.toString());
		}
	}
}
