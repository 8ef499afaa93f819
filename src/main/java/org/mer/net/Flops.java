package org.mer.net;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;

/**
 * Floating-point operations of one forward pass of one sample, counted from the layers: 2 x the
 * multiply-adds of every convolution (grouped and depthwise included: out elements x in/groups
 * x kernel area), every linear layer (in x out) and the GA blocks' fixed Sobel convolutions
 * (2 kernels x C x H x W x 9). Batch norm, activations, pooling, element-wise products and sums
 * are not counted (they are memory bound and small next to the convolutions). Biases are not
 * counted. Nothing is allocated: the count walks the layers on shapes only.
 */
public final class Flops {
	private Flops() {}

	/** @return FLOPs (2 x multiply-adds) of one forward pass of one 3 x S x S sample */
	public static long of(NetworkSpec spec) {
		Block block = Networks.build(spec);
		return of(block, new Shape(1, spec.inputChannels(), spec.inputSize(), spec.inputSize()));
	}

	/** FLOPs of one forward pass of {@code block}, built by {@link Networks}, on {@code input}. */
	static long of(Block block, Shape input) {
		Counter counter = new Counter();
		counter.visit(block, input);
		return counter.flops;
	}

	private static final class Counter implements CompositeBlock.ShapeVisitor {
		long flops;

		@Override
		public Shape[] visit(Block child, Shape... input) {
			if (child instanceof CompositeBlock) return ((CompositeBlock) child).trace(input, this);
			Shape[] out = child.getOutputShapes(input);
			if (child instanceof Convolution) {
				Convolution c = (Convolution) child;
				long inChannels = input[0].get(1);
				flops += 2L * out[0].size() * (inChannels / c.getGroups()) * c.getKernelShape().size();
			}
			else if (child instanceof Linear) {
				flops += 2L * out[0].size() * input[0].get(input[0].dimension() - 1);
			}
			return out;
		}

		@Override
		public void addFlops(long n) {
			flops += n;
		}
	}
}
