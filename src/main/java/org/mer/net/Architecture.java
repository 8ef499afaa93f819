package org.mer.net;


import org.mer.core.Identified;

/**
 * The networks {@link Networks#build} makes, with their stable ids (used in model.json, on the
 * command line and in reports) and the default {@link NetworkSpec#width()} of each.
 */
public enum Architecture implements Identified {
	/** MEGANet with Gradient Attention (SPEC §7); width = channels of stage 1. */
	MEGANET("meganet", 32, MegaNet.STAGES),
	/** The ablation: MEGANet without the GA blocks. */
	MEGANET_NO_GA("meganet-noga", 32, 0),
	/** ResNet-18; width = channels of the first conv and layer1 (standard 64). */
	RESNET18("resnet18", 64, 0),
	/** ResNet-50; width = channels of the first conv and layer1's bottleneck (standard 64). */
	RESNET50("resnet50", 64, 0),
	/** VGG-19 layout with BN and a global-average-pool head; width = channels of block 1 (standard 64). */
	VGG19("vgg19", 64, 0),
	/** EfficientNet-B0; channel counts scaled by width / 32 (32, the stem's width, is standard B0). */
	EFFICIENTNET_B0("efficientnet-b0", 32, 0),
	/** STSTNet (Liong et al. 2019): fixed 3, 5 and 8 filters as published; width is ignored. */
	STSTNET("ststnet", 16, 0);

	private final String id;
	private final int defaultWidth;
	private final int attentionMaps;

	Architecture(String id, int defaultWidth, int attentionMaps) {
		this.id = id;
		this.defaultWidth = defaultWidth;
		this.attentionMaps = attentionMaps;
	}

	/** @return the stable lower-case id, e.g. "meganet-noga" */
	@Override
	public String id() {
		return id;
	}

	/** @return the width used when none is given */
	public int defaultWidth() {
		return defaultWidth;
	}

	/** @return how many attention maps follow the logits in the forward output (4 or 0) */
	public int attentionMaps() {
		return attentionMaps;
	}

}
