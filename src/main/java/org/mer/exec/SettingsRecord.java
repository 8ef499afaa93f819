package org.mer.exec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.NetworkSpec;
import org.mer.train.LossKind;
import org.mer.train.Protocol;
import org.mer.train.TrainSettings;

/**
 * {@link TrainSettings} in a form that travels to another JVM (Java serialisation);
 * {@link #toSettings()} rebuilds settings equal in every field. Immutable.
 */
public final class SettingsRecord implements Serializable {
	private static final long serialVersionUID = 1L;

	private final LinkedHashMap<String, Object> network;
	private final LinkedHashMap<String, String> modality;
	private final Protocol protocol;
	private final int kFolds, epochs, batchSize, patience, threads;
	private final ArrayList<String> testSubjects;
	private final float learningRate, weightDecay, focalGamma;
	private final LossKind loss;
	private final double validationFraction;
	private final boolean augment;
	private final long seed;
	private final String device;
	/** {@link ScalingSettings#toMap()}; null in records made before the scaling option (= min-max). */
	private final LinkedHashMap<String, Object> scaling;

	public SettingsRecord(TrainSettings s) {
		network = new LinkedHashMap<>(s.network().toMap());
		modality = new LinkedHashMap<>(s.modality().toMap());
		protocol = s.protocol();
		kFolds = s.kFolds();
		testSubjects = new ArrayList<>(s.testSubjects());
		epochs = s.epochs();
		batchSize = s.batchSize();
		patience = s.patience();
		threads = s.threads();
		learningRate = s.learningRate();
		weightDecay = s.weightDecay();
		focalGamma = s.focalGamma();
		loss = s.loss();
		validationFraction = s.validationFraction();
		augment = s.augment();
		seed = s.seed();
		device = s.device();
		scaling = new LinkedHashMap<>(s.scaling().toMap());
	}

	public TrainSettings toSettings() {
		List<String> subjects = new ArrayList<>(testSubjects);
		Map<String, String> m = new LinkedHashMap<>(modality);
		return TrainSettings.builder(NetworkSpec.fromMap(network), ModalitySettings.fromMap(m)).protocol(protocol)
			.kFolds(kFolds).testSubjects(subjects).epochs(epochs).batchSize(batchSize).patience(patience).threads(threads)
			.learningRate(learningRate).weightDecay(weightDecay).focalGamma(focalGamma).loss(loss)
			.validationFraction(validationFraction).augment(augment).seed(seed).device(device)
			.scaling(scaling == null ? ScalingSettings.minmax() : ScalingSettings.fromMap(scaling, "input_scaling.")).build();
	}
}
