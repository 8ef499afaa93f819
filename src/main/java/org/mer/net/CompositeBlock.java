package org.mer.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Base of every block of this package that has children. Children are registered under the
 * exact readable name given (DJL's own {@code addChildBlock} would prefix "01", "02", ...), so
 * that {@link Networks#namedParameters} yields names such as {@code stage1.ga.spatial_conv.weight}
 * that the PyTorch twin in {@code scripts/meganet.py} shares.
 * <p>
 * A subclass describes its data flow twice: on arrays ({@code forwardInternal}) and on shapes
 * ({@link #trace}). The shape walk serves initialisation, {@code getOutputShapes} and
 * {@link Flops}, so the three can never disagree.
 */
abstract class CompositeBlock extends AbstractBlock {

	/** Receives every child, in forward order, with the shapes it is given. */
	interface ShapeVisitor {
		/** @return the child's output shapes for these input shapes */
		Shape[] visit(Block child, Shape... input);

		/** Work done in a block's forward without a child block (e.g. the fixed Sobel conv). */
		default void addFlops(long flops) {}
	}

	/** Registers {@code block} under exactly {@code name}; returns it. */
	protected final <B extends Block> B child(String name, B block) {
		children.add(name, block);
		return block;
	}

	/**
	 * Replays the forward data flow on shapes, passing each child to the visitor.
	 *
	 * @param input input shapes (element 0: B x C x H x W)
	 * @return this block's output shapes, in the order of its forward output
	 */
	abstract Shape[] trace(Shape[] input, ShapeVisitor visitor);

	@Override
	public Shape[] getOutputShapes(Shape[] inputShapes) {
		return trace(inputShapes, (b, s) -> b.getOutputShapes(s));
	}

	@Override
	protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
		trace(inputShapes, (b, s) -> {
			b.initialize(manager, dataType, s);
			return b.getOutputShapes(s);
		});
	}

	/** Forwards one array through {@code block} and returns element 0 of its output. */
	static NDArray apply(Block block, ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
		return block.forward(ps, new NDList(x), training, params).head();
	}

	/** Forwards one shape through {@code block} via the visitor; returns element 0. */
	static Shape visit(ShapeVisitor v, Block block, Shape s) {
		return v.visit(block, s)[0];
	}

	/** Square convolution without bias (a batch norm always follows in these networks). */
	static Conv2d conv(int filters, int kernel, int stride) {
		return conv(filters, kernel, stride, 1);
	}

	/** Square convolution without bias, padding kernel/2, with {@code groups} groups. */
	static Conv2d conv(int filters, int kernel, int stride, int groups) {
		return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
			.optStride(new Shape(stride, stride)).optPadding(new Shape(kernel / 2, kernel / 2)).optGroups(groups)
			.optBias(false).build();
	}

	/** Epsilon of every batch norm here (PyTorch's default). */
	static final float BN_EPSILON = 1e-5f;

	/**
	 * Batch norm with PyTorch's defaults: epsilon {@value #BN_EPSILON}, running averages updated
	 * with weight 0.1 for the batch (DJL's momentum 0.9 is the weight of the old value).
	 */
	static BatchNorm bn() {
		return BatchNorm.builder().optEpsilon(BN_EPSILON).optMomentum(0.9f).build();
	}

	/** Global average pool over H and W: B x C x H x W -> B x C. */
	static NDArray globalAveragePool(NDArray x) {
		Shape s = x.getShape();
		return x.reshape(s.get(0), s.get(1), -1).mean(new int[] { 2 });
	}

	/** Shape after {@link #globalAveragePool}. */
	static Shape pooledShape(Shape s) {
		return new Shape(s.get(0), s.get(1));
	}
}
