package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * EfficientNet-B0 (Tan and Le 2019). Stem conv3x3 stride 2 (32) BN swish; 16 MBConv blocks
 * from the standard B0 table (expansion, kernel, stride, channels, repeats):
 * (1,3,1,16,1) (6,3,2,24,2) (6,5,2,40,2) (6,3,2,80,3) (6,5,1,112,3) (6,5,2,192,4) (6,3,1,320,1);
 * head conv1x1 (1280) BN swish, global average pool, dropout 0.2, fc. Each MBConv: expansion
 * conv1x1 BN swish (skipped at expansion 1), depthwise conv k x k BN swish, squeeze-excitation
 * (GAP, FC to max(1, in/4) swish, FC back, sigmoid, scale), projection conv1x1 BN, identity
 * residual when stride 1 and in == out. Every channel count is multiplied by {@code scale}
 * (width / 32; 1 = standard B0) and rounded, at least 1. Drop-connect is not used; BN uses
 * PyTorch's defaults (epsilon 1e-5, momentum 0.1) rather than TensorFlow's. Parameter names:
 * {@code stem_conv, stem_bn, blockN.(expand_conv|expand_bn|dw_conv|dw_bn|se_reduce|se_expand|
 * project_conv|project_bn), head_conv, head_bn, fc}. Forward returns {@code [logits]}.
 */
public final class EfficientNetB0 extends CompositeBlock {
	private static final int[][] STAGES = { { 1, 3, 1, 16, 1 }, { 6, 3, 2, 24, 2 }, { 6, 5, 2, 40, 2 }, { 6, 3, 2, 80, 3 },
		{ 6, 5, 1, 112, 3 }, { 6, 5, 2, 192, 4 }, { 6, 3, 1, 320, 1 } };

	private final Conv2d stemConv, headConv;
	private final BatchNorm stemBn, headBn;
	private final List<MbConv> blocks = new ArrayList<>();
	private final Dropout dropout;
	private final Linear fc;

	/** @param scale channel multiplier (1 = B0) */
	public EfficientNetB0(double scale, int numClasses) {
		int in = scaled(32, scale);
		stemConv = child("stem_conv", conv(in, 3, 2));
		stemBn = child("stem_bn", bn());
		for (int[] s : STAGES) {
			int out = scaled(s[3], scale);
			for (int r = 0; r < s[4]; r++) {
				blocks.add(child("block" + (blocks.size() + 1), new MbConv(in, out, s[0], s[1], r == 0 ? s[2] : 1)));
				in = out;
			}
		}
		headConv = child("head_conv", conv(scaled(1280, scale), 1, 1));
		headBn = child("head_bn", bn());
		dropout = child("dropout", Dropout.builder().optRate(0.2f).build());
		fc = child("fc", Linear.builder().setUnits(numClasses).build());
	}

	private static int scaled(int channels, double scale) {
		return Math.max(1, (int) Math.round(channels * scale));
	}

	static NDArray swish(NDArray x) {
		return x.mul(Activation.sigmoid(x));
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = swish(apply(stemBn, ps, apply(stemConv, ps, inputs.head(), training, params), training, params));
		for (MbConv b : blocks) x = apply(b, ps, x, training, params);
		x = swish(apply(headBn, ps, apply(headConv, ps, x, training, params), training, params));
		return new NDList(apply(fc, ps, apply(dropout, ps, globalAveragePool(x), training, params), training, params));
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape x = visit(v, stemBn, visit(v, stemConv, input[0]));
		for (MbConv b : blocks) x = visit(v, b, x);
		x = visit(v, headBn, visit(v, headConv, x));
		return new Shape[] { visit(v, fc, visit(v, dropout, pooledShape(x))) };
	}

	/** Mobile inverted bottleneck with squeeze-excitation. */
	static final class MbConv extends CompositeBlock {
		private final Conv2d expandConv, dwConv, projectConv;
		private final BatchNorm expandBn, dwBn, projectBn;
		private final Linear seReduce, seExpand;
		private final boolean residual;
		private final int hidden;

		MbConv(int in, int out, int expansion, int kernel, int stride) {
			hidden = in * expansion;
			if (expansion != 1) {
				expandConv = child("expand_conv", conv(hidden, 1, 1));
				expandBn = child("expand_bn", bn());
			}
			else {
				expandConv = null;
				expandBn = null;
			}
			dwConv = child("dw_conv", conv(hidden, kernel, stride, hidden));
			dwBn = child("dw_bn", bn());
			seReduce = child("se_reduce", Linear.builder().setUnits(Math.max(1, in / 4)).build());
			seExpand = child("se_expand", Linear.builder().setUnits(hidden).build());
			projectConv = child("project_conv", conv(out, 1, 1));
			projectBn = child("project_bn", bn());
			residual = stride == 1 && in == out;
		}

		@Override
		protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
			NDArray x = inputs.head();
			NDArray y = x;
			if (expandConv != null) y = swish(apply(expandBn, ps, apply(expandConv, ps, y, training, params), training, params));
			y = swish(apply(dwBn, ps, apply(dwConv, ps, y, training, params), training, params));
			NDArray s = swish(apply(seReduce, ps, globalAveragePool(y), training, params));
			s = Activation.sigmoid(apply(seExpand, ps, s, training, params));
			y = y.mul(s.reshape(s.getShape().get(0), hidden, 1, 1));
			y = apply(projectBn, ps, apply(projectConv, ps, y, training, params), training, params);
			return new NDList(residual ? y.add(x) : y);
		}

		@Override
		Shape[] trace(Shape[] input, ShapeVisitor v) {
			Shape y = input[0];
			if (expandConv != null) y = visit(v, expandBn, visit(v, expandConv, y));
			y = visit(v, dwBn, visit(v, dwConv, y));
			visit(v, seExpand, visit(v, seReduce, pooledShape(y)));
			return new Shape[] { visit(v, projectBn, visit(v, projectConv, y)) };
		}
	}
}
