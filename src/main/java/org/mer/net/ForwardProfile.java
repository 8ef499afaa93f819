package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;

/**
 * Where a MEGANet inference forward pass spends its time: each stage (stem, each stage's residual
 * block and Gradient Attention block, the head) timed alone on the input it sees in a real pass,
 * and each GA block split into its steps (the depthwise Sobel convolution, the gradient magnitude,
 * the spatial branch with its 7x7 convolution, the channel MLP, the final product and sum). Each
 * piece runs {@code runs} times after one untimed run; the fastest run is kept (other processes
 * only add time). The steps repeat {@link GradientAttentionBlock}'s operations one by one, so their
 * sum is close to, not exactly, the block's time. For benchmarks; not thread safe.
 */
public final class ForwardProfile {
	/** One timed piece: a name such as "stage2.ga" or "stage2.ga.sobel", and its fastest time. */
	public static final class Entry {
		private final String name;
		private final double millis;

		Entry(String name, double millis) {
			this.name = name;
			this.millis = millis;
		}

		public String name() { return name; }

		public double millis() { return millis; }
	}

	private interface Piece {
		NDArray run(NDManager m);
	}

	private final NDManager manager;
	private final ParameterStore ps;
	private final int runs;
	private final List<Entry> entries = new ArrayList<>();

	private ForwardProfile(NDManager manager, int runs) {
		this.manager = manager;
		this.ps = new ParameterStore(manager, false);
		this.runs = runs;
	}

	/**
	 * @param net an initialised MEGANet (folded or not: its inference path is what is timed)
	 * @param input B x 3 x S x S, in {@code manager}'s device
	 * @param runs timed runs per piece, at least 1
	 * @return the pieces in forward order, stages first then their steps
	 */
	public static List<Entry> of(MegaNet net, NDArray input, NDManager manager, int runs) {
		if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
		ForwardProfile p = new ForwardProfile(manager, runs);
		NDArray x = p.time("stem", m -> CompositeBlock.apply(net.stem(), p.ps, input, false, null));
		for (int i = 0; i < MegaNet.STAGES; i++) {
			NDArray in = x;
			String stage = "stage" + (i + 1);
			ResidualBlock res = net.residual(i);
			x = p.time(stage + ".res", m -> CompositeBlock.apply(res, p.ps, in, false, null));
			GradientAttentionBlock ga = net.attention(i);
			if (ga == null) continue;
			NDArray f = x;
			x = p.time(stage + ".ga", m -> ga.forward(p.ps, new NDList(f), false, null).head());
			p.gaSteps(stage + ".ga", ga, f);
		}
		NDArray last = x;
		p.time("head", m -> CompositeBlock.apply(net.fc(), p.ps, CompositeBlock.globalAveragePool(last), false, null));
		return p.entries;
	}

	private void gaSteps(String name, GradientAttentionBlock ga, NDArray f) {
		NDArray m = time(name + ".sobel+magnitude", k -> GradientAttentionBlock.gradientMagnitude(f));
		NDArray pooled = time(name + ".mean+max", k -> m.mean(new int[] { 1 }, true).concat(m.max(new int[] { 1 }, true), 1));
		NDArray a = time(name + ".spatial conv7x7+bn+sigmoid", k -> Activation.sigmoid(ga.convBn().forward(ps, pooled, false, null)));
		NDArray c = time(name + ".channel MLP", k -> {
			NDArray hidden = Activation.relu(CompositeBlock.apply(ga.fc1(), ps, CompositeBlock.globalAveragePool(m), false, null));
			NDArray out = Activation.sigmoid(CompositeBlock.apply(ga.fc2(), ps, hidden, false, null));
			return out.reshape(out.getShape().get(0), ga.channels(), 1, 1);
		});
		time(name + ".F + F*A*c", k -> f.add(f.mul(a).mul(c)));
	}

	/**
	 * Times a piece; returns its output of the untimed run (its intermediates are freed, the
	 * output stays with its inputs' manager). Everything a timed run makes is freed after it.
	 */
	private NDArray time(String name, Piece piece) {
		NDArray out;
		try (NDScope scope = new NDScope()) {
			out = piece.run(manager);
			NDScope.unregister(out);
		}
		double best = Double.POSITIVE_INFINITY;
		for (int r = 0; r < runs; r++) {
			try (NDScope scope = new NDScope()) {
				long t0 = System.nanoTime();
				piece.run(manager);
				best = Math.min(best, (System.nanoTime() - t0) / 1e6);
			}
		}
		entries.add(new Entry(name, best));
		return out;
	}
}
