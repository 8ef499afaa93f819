package org.mer.exec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.attention.AttentionScore;

import org.mer.train.EpochRecord;
import org.mer.train.FoldResult;
import org.mer.train.TestPrediction;

/**
 * A {@link FoldResult} in a form that travels back from another JVM (Java serialisation, so
 * every float and double arrives bit-identical). Immutable.
 */
public final class FoldResultRecord implements Serializable {
	private static final long serialVersionUID = 1L;

	private final int index, selectedEpoch;
	private final String name;
	private final ArrayList<String> testSubjects, validationSubjects;
	/** Per epoch: epoch, train loss, train accuracy, validation loss, validation accuracy, seconds. */
	private final double[][] history;
	private final String[][] predictionIds;
	private final int[][] predictionClasses;
	private final float[][] probabilities;
	/** Per prediction: the attention view ids, and per view pointing, mass share, area share. */
	private final String[][] attentionViews;
	private final double[][] attentionScores;

	public FoldResultRecord(FoldResult r) {
		index = r.index();
		selectedEpoch = r.selectedEpoch();
		name = r.name();
		testSubjects = new ArrayList<>(r.testSubjects());
		validationSubjects = new ArrayList<>(r.validationSubjects());
		history = new double[r.history().size()][];
		for (int i = 0; i < history.length; i++) {
			EpochRecord e = r.history().get(i);
			history[i] = new double[] { e.epoch(), e.trainLoss(), e.trainAccuracy(), e.validationLoss(), e.validationAccuracy(),
				e.seconds() };
		}
		int n = r.predictions().size();
		predictionIds = new String[n][];
		predictionClasses = new int[n][];
		probabilities = new float[n][];
		attentionViews = new String[n][];
		attentionScores = new double[n][];
		for (int i = 0; i < n; i++) {
			TestPrediction p = r.predictions().get(i);
			predictionIds[i] = new String[] { p.dataset(), p.subject(), p.sampleId(), p.fold() };
			predictionClasses[i] = new int[] { p.truth(), p.predicted() };
			probabilities[i] = p.probabilities();
			attentionViews[i] = p.attention().keySet().toArray(new String[0]);
			attentionScores[i] = new double[3 * attentionViews[i].length];
			int k = 0;
			for (AttentionScore a : p.attention().values()) {
				attentionScores[i][k++] = a.pointing();
				attentionScores[i][k++] = a.massShare();
				attentionScores[i][k++] = a.areaShare();
			}
		}
	}

	public int index() { return index; }

	/** The result, equal in every field to the one this record was made from. */
	public FoldResult toResult() {
		List<EpochRecord> epochs = new ArrayList<>();
		for (double[] h : history)
			epochs.add(new EpochRecord((int) h[0], h[1], h[2], h[3], h[4], h[5]));
		List<TestPrediction> predictions = new ArrayList<>();
		for (int i = 0; i < predictionIds.length; i++) {
			String[] id = predictionIds[i];
			Map<String, AttentionScore> attention = new LinkedHashMap<>();
			for (int v = 0; v < attentionViews[i].length; v++)
				attention.put(attentionViews[i][v], new AttentionScore(attentionScores[i][3 * v], attentionScores[i][3 * v + 1],
					attentionScores[i][3 * v + 2]));
			predictions.add(new TestPrediction(id[0], id[1], id[2], id[3], predictionClasses[i][0], predictionClasses[i][1],
				probabilities[i], attention));
		}
		return new FoldResult(index, name, testSubjects, validationSubjects, selectedEpoch, epochs, predictions);
	}
}
