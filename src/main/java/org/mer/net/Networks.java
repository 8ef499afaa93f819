package org.mer.net;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.initializer.XavierInitializer.FactorType;
import ai.djl.training.initializer.XavierInitializer.RandomType;
import ai.djl.util.Pair;

/**
 * Builds the networks of this package as DJL blocks and names their parameters.
 * <p>
 * Contract of every built block: input B x 3 x S x S float; {@code forward} returns an NDList
 * whose element 0 is the logits (B x K); for {@link Architecture#MEGANET} elements 1..4 are the
 * spatial attention maps A of the four GA blocks (B x 1 x S/2 x S/2 ... B x 1 x S/16 x S/16,
 * values in (0, 1)), in block order; other networks return only the logits
 * ({@link Architecture#attentionMaps()} says how many maps follow). In training mode
 * ({@code forward(..., true)}) BN uses batch statistics and dropout is active.
 */
public final class Networks {
	private Networks() {}

	/**
	 * Makes the network, uninitialised. Weights (convolution and linear) get He-normal initialisers
	 * (Gaussian, fan-in, magnitude 2); biases, BN and running statistics DJL's defaults
	 * (zeros, ones). Initialise with {@code block.initialize(manager, FLOAT32, new Shape(B, 3, S, S))}
	 * or through a DJL Trainer; draws come from the engine's generator
	 * ({@code Engine.setRandomSeed}).
	 */
	public static Block build(NetworkSpec spec) {
		Engines.pytorch();
		int w = spec.width(), k = spec.numClasses();
		Block block;
		switch (spec.architecture()) {
		case MEGANET:
			block = new MegaNet(w, k, true);
			break;
		case MEGANET_NO_GA:
			block = new MegaNet(w, k, false);
			break;
		case RESNET18:
			block = ResNet.resnet18(w, k);
			break;
		case RESNET50:
			block = ResNet.resnet50(w, k);
			break;
		case VGG19:
			block = new Vgg19(w, k);
			break;
		case EFFICIENTNET_B0:
			block = new EfficientNetB0(w / 32.0, k);
			break;
		case STSTNET:
			block = new StstNet(k);
			break;
		default:
			throw new IllegalArgumentException(spec.architecture().id());
		}
		block.setInitializer(new XavierInitializer(RandomType.GAUSSIAN, FactorType.IN, 2), Parameter.Type.WEIGHT);
		return block;
	}

	/**
	 * The block's parameters under their stable names, in save order: child names joined with
	 * "." and PyTorch's names for DJL's batch-norm parameters (gamma -> weight, beta -> bias,
	 * runningMean -> running_mean, runningVar -> running_var), so that the keys equal the
	 * {@code state_dict} keys of {@code scripts/meganet.py} (which also has
	 * {@code num_batches_tracked}, not used here). Example: {@code stage1.ga.spatial_conv.weight}.
	 */
	public static Map<String, Parameter> namedParameters(Block block) {
		Map<String, Parameter> out = new LinkedHashMap<>();
		collect(block, "", out);
		return out;
	}

	private static void collect(Block block, String prefix, Map<String, Parameter> out) {
		for (Pair<String, Parameter> p : block.getDirectParameters()) out.put(prefix + pytorchName(p.getKey()), p.getValue());
		for (Pair<String, Block> c : block.getChildren()) collect(c.getValue(), prefix + c.getKey() + ".", out);
	}

	private static String pytorchName(String djlName) {
		switch (djlName) {
		case "gamma":
			return "weight";
		case "beta":
			return "bias";
		case "runningMean":
			return "running_mean";
		case "runningVar":
			return "running_var";
		default:
			return djlName;
		}
	}
}
