package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * MEGANet (SPEC §7) and its ablation without Gradient Attention, one class with a switch.
 * <p>
 * Layout for width w and K classes, input B x 3 x S x S:
 * <pre>
 * stem      conv1 3x3 (3->w) bn1 ReLU, conv2 3x3 (w->w) bn2 ReLU        S x S
 * stage1..4 res: ResidualBlock.basic(stride 2, projection with BN),   S/2, S/4, S/8, S/16
 *           channels w, 2w, 4w, 8w; then ga: GradientAttentionBlock (absent without GA)
 * head      global average pool, dropout (p 0.5), fc (8w -> K, bias)
 * </pre>
 * Convolutions have no bias (a BN follows each). Parameter names (see
 * {@link Networks#namedParameters}): {@code stem.conv1.weight}, {@code stem.bn1.weight|bias|running_mean|running_var},
 * {@code stem.conv2...}, {@code stageN.res.conv1|bn1|conv2|bn2|shortcut_conv|shortcut_bn...},
 * {@code stageN.ga.spatial_conv|spatial_bn|fc1|fc2...}, {@code fc.weight}, {@code fc.bias}.
 * <p>
 * Forward returns {@code [logits (B x K), A1, A2, A3, A4]} where Ai (B x 1 x S/2^i x S/2^i) is
 * the spatial attention map of stage i's GA block; without GA only {@code [logits]}.
 */
public final class MegaNet extends CompositeBlock implements BatchNormFolding {
	/** Dropout probability before the classifier. */
	public static final float DROPOUT = 0.5f;
	/** Number of stages, hence of attention maps with GA. */
	public static final int STAGES = 4;

	private final Stem stem;
	private final List<Stage> stages = new ArrayList<>();
	private final Dropout dropout;
	private final Linear fc;
	private final boolean gradientAttention;

	/**
	 * @param width w, channels of the stem and of stage 1 (stage i has w * 2^(i-1))
	 * @param numClasses K
	 * @param gradientAttention false for the ablation MEGANET_NO_GA
	 */
	public MegaNet(int width, int numClasses, boolean gradientAttention) {
		this.gradientAttention = gradientAttention;
		stem = child("stem", new Stem(width));
		int in = width;
		for (int i = 0; i < STAGES; i++) {
			int out = width << i;
			stages.add(child("stage" + (i + 1), new Stage(in, out, gradientAttention)));
			in = out;
		}
		dropout = child("dropout", Dropout.builder().optRate(DROPOUT).build());
		fc = child("fc", Linear.builder().setUnits(numClasses).build());
	}

	/** @return whether the GA blocks are present (forward then also returns 4 attention maps) */
	public boolean hasGradientAttention() {
		return gradientAttention;
	}

	/** Every conv/batch-norm pair, in forward order. */
	List<ConvBn> convBns() {
		List<ConvBn> all = new ArrayList<>();
		all.add(stem.first);
		all.add(stem.second);
		for (Stage stage : stages) {
			all.addAll(stage.res.convBns());
			if (stage.ga != null) all.add(stage.ga.convBn());
		}
		return all;
	}

	@Override
	public void foldBatchNorm(NDManager manager) {
		for (ConvBn pair : convBns())
			pair.fold(manager);
	}

	@Override
	public void unfoldBatchNorm() {
		for (ConvBn pair : convBns())
			pair.unfold();
	}

	@Override
	public boolean batchNormFolded() {
		for (ConvBn pair : convBns())
			if (!pair.folded()) return false;
		return true;
	}

	/** The stem block (for {@link ForwardProfile}). */
	CompositeBlock stem() { return stem; }

	/** The residual block of stage {@code i} (0-based). */
	ResidualBlock residual(int i) { return stages.get(i).res; }

	/** The dropout and classifier of the head. */
	Dropout dropout() { return dropout; }

	Linear fc() { return fc; }

	/** The GA block of stage {@code i} (0-based), for tests and inspection; null without GA. */
	GradientAttentionBlock attention(int i) {
		return stages.get(i).ga;
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = apply(stem, ps, inputs.head(), training, params);
		NDList maps = new NDList();
		for (Stage stage : stages) {
			NDList out = stage.forward(ps, new NDList(x), training, params);
			x = out.head();
			if (out.size() > 1) maps.add(out.get(1));
		}
		NDArray logits = apply(fc, ps, apply(dropout, ps, globalAveragePool(x), training, params), training, params);
		NDList result = new NDList(logits);
		result.addAll(maps);
		return result;
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape x = visit(v, stem, input[0]);
		List<Shape> shapes = new ArrayList<>();
		shapes.add(null);
		for (Stage stage : stages) {
			Shape[] out = v.visit(stage, x);
			x = out[0];
			if (out.length > 1) shapes.add(out[1]);
		}
		shapes.set(0, visit(v, fc, visit(v, dropout, pooledShape(x))));
		return shapes.toArray(new Shape[0]);
	}

	/** conv1 3x3 (3->w) bn1 ReLU, conv2 3x3 (w->w) bn2 ReLU, stride 1. */
	static final class Stem extends CompositeBlock {
		private final Conv2d conv1, conv2;
		private final BatchNorm bn1, bn2;
		private final ConvBn first, second;

		Stem(int width) {
			conv1 = child("conv1", conv(width, 3, 1));
			bn1 = child("bn1", bn());
			conv2 = child("conv2", conv(width, 3, 1));
			bn2 = child("bn2", bn());
			first = new ConvBn(conv1, bn1);
			second = new ConvBn(conv2, bn2);
		}

		@Override
		protected NDList forwardInternal(ParameterStore ps, NDList in, boolean training, PairList<String, Object> params) {
			NDArray x = Activation.relu(first.forward(ps, in.head(), training, params));
			return new NDList(Activation.relu(second.forward(ps, x, training, params)));
		}

		@Override
		Shape[] trace(Shape[] input, ShapeVisitor v) {
			return new Shape[] { visit(v, bn2, visit(v, conv2, visit(v, bn1, visit(v, conv1, input[0])))) };
		}
	}

	/** res (stride 2, projection) then, with GA, ga; forward returns [x] or [x, A]. */
	static final class Stage extends CompositeBlock {
		private final ResidualBlock res;
		private final GradientAttentionBlock ga;

		Stage(int in, int out, boolean gradientAttention) {
			res = child("res", ResidualBlock.basic(in, out, 2, true));
			ga = gradientAttention ? child("ga", new GradientAttentionBlock(out)) : null;
		}

		@Override
		protected NDList forwardInternal(ParameterStore ps, NDList in, boolean training, PairList<String, Object> params) {
			NDList x = res.forward(ps, in, training, params);
			return ga == null ? x : ga.forward(ps, x, training, params);
		}

		@Override
		Shape[] trace(Shape[] input, ShapeVisitor v) {
			Shape[] x = v.visit(res, input);
			return ga == null ? x : v.visit(ga, x);
		}
	}
}
