package org.mer.exec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.mer.train.Example;

/**
 * The examples of a run (samples, class indices, network inputs, moving regions) in a form that travels to
 * another JVM (Java serialisation), in the run's sample order. The network inputs are the
 * driver's arrays, so remote folds train on exactly the local values. Immutable.
 */
public final class ExampleSet implements Serializable {
	private static final long serialVersionUID = 1L;

	private final SampleRecord[] samples;
	private final int[] labels;
	private final float[][] inputs;
	private final boolean[][] regions;

	public ExampleSet(List<Example> examples) {
		int n = examples.size();
		samples = new SampleRecord[n];
		labels = new int[n];
		inputs = new float[n][];
		regions = new boolean[n][];
		for (int i = 0; i < n; i++) {
			samples[i] = new SampleRecord(examples.get(i).sample());
			labels[i] = examples.get(i).label();
			inputs[i] = examples.get(i).chw();
			regions[i] = examples.get(i).movingRegion();
		}
	}

	public int size() { return samples.length; }

	/** New {@link Example}s (new {@link org.mer.data.Sample} instances) sharing this set's input and region arrays. */
	public List<Example> toExamples() {
		List<Example> out = new ArrayList<>(samples.length);
		for (int i = 0; i < samples.length; i++)
			out.add(new Example(samples[i].toSample(), labels[i], inputs[i], regions[i]));
		return out;
	}
}
