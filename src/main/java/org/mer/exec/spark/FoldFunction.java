package org.mer.exec.spark;

import java.io.Serializable;

import org.mer.exec.ExampleSet;
import org.mer.exec.FoldResultRecord;
import org.mer.exec.FoldTask;
import org.mer.exec.SettingsRecord;

/** What a Spark task does with its fold; {@link #TRAIN} ({@link FoldTask#run}) in production. */
public interface FoldFunction extends Serializable {
	FoldFunction TRAIN = FoldTask::run;

	FoldResultRecord apply(SettingsRecord settings, ExampleSet examples, int foldIndex);
}
