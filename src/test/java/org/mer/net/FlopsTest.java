package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlopsTest {

	@Test
	void ststnetByHand() {
		// three 3x3 convs on 3 x 64 x 64 with 3 + 5 + 8 = 16 filters: 64*64 * 16 * 3*9 multiply-adds;
		// dense: 16 maps of ceil(ceil(64/3)/2) = 11 -> 1936 inputs, 3 outputs
		long macs = 64L * 64 * 16 * 27 + 1936L * 3;
		assertEquals(2 * macs, Flops.of(new NetworkSpec(Architecture.STSTNET, 64, 3)));
		assertEquals(3_550_560L, Flops.of(new NetworkSpec(Architecture.STSTNET, 64, 3)));
	}

	@Test
	void meganetByHand() {
		// S 64, w 8, K 3
		long stem = 64 * 64 * 8 * 3 * 9 + 64 * 64 * 8 * 8 * 9;
		long stage1 = 32 * 32 * (8 * 8 * 9 + 8 * 8 * 9 + 8 * 8) + 32 * 32 * (2 * 8 * 9 + 2 * 49) + 2 * 8 * 1;
		long stage2 = 16 * 16 * (16 * 8 * 9 + 16 * 16 * 9 + 16 * 8) + 16 * 16 * (2 * 16 * 9 + 2 * 49) + 2 * 16 * 2;
		long stage3 = 8 * 8 * (32 * 16 * 9 + 32 * 32 * 9 + 32 * 16) + 8 * 8 * (2 * 32 * 9 + 2 * 49) + 2 * 32 * 4;
		long stage4 = 4 * 4 * (64 * 32 * 9 + 64 * 64 * 9 + 64 * 32) + 4 * 4 * (2 * 64 * 9 + 2 * 49) + 2 * 64 * 8;
		long head = 64 * 3;
		long expected = 2 * (stem + stage1 + stage2 + stage3 + stage4 + head);
		assertEquals(15_306_080L, expected);
		assertEquals(expected, Flops.of(new NetworkSpec(Architecture.MEGANET, 64, 8, 3)));
		long gaOnly = 2 * (32 * 32 * (2 * 8 * 9 + 2 * 49) + 2 * 8 + 16 * 16 * (2 * 16 * 9 + 2 * 49) + 2 * 32
			+ 8 * 8 * (2 * 32 * 9 + 2 * 49) + 2 * 32 * 4 + 4 * 4 * (2 * 64 * 9 + 2 * 49) + 2 * 64 * 8);
		assertEquals(expected - gaOnly, Flops.of(new NetworkSpec(Architecture.MEGANET_NO_GA, 64, 8, 3)));
	}

	@Test
	void standardResNet18AndVggAreNearPublishedCounts() {
		// torchvision ResNet-18 at 224: 1.82 GMAC; VGG-19-BN convs: 19.6 GMAC (our head is smaller)
		double resnet = Flops.of(new NetworkSpec(Architecture.RESNET18, 224, 1000)) / 2e9;
		assertEquals(1.82, resnet, 0.02);
		double vgg = Flops.of(new NetworkSpec(Architecture.VGG19, 224, 1000)) / 2e9;
		assertEquals(19.5, vgg, 0.2);
		double b0 = Flops.of(new NetworkSpec(Architecture.EFFICIENTNET_B0, 224, 1000)) / 2e9;
		assertTrue(b0 > 0.38 && b0 < 0.42, "EfficientNet-B0 GMAC " + b0);
		double r50 = Flops.of(new NetworkSpec(Architecture.RESNET50, 224, 1000)) / 2e9;
		assertEquals(4.1, r50, 0.05);
	}
}
