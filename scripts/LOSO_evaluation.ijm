// Leave-One-Subject-Out evaluation of MEGANet on a dataset (MESTI-MEGANet).
//
// Reads the dataset (frames and coding sheet), trains one network per held-out subject and
// writes the pooled UF1/UAR/ACC report (report.json, tables, confusion matrix) into
// result_folder; rerunning with the same settings resumes from the finished folds.
//
// Headless, Fiji:
//   ImageJ-linux64 --headless --console -macro LOSO_evaluation.ijm 'dataset_kind=casme2 frames_root=/data/CASME2 class_set=casme2-5 result_folder=/data/loso'
// Headless, plain ImageJ 1.x (needs an X display; use xvfb-run on servers):
//   xvfb-run -a java -jar ij.jar -batch LOSO_evaluation.ijm 'dataset_kind=casme2 frames_root=/data/CASME2 result_folder=/data/loso'
// Optional arguments (as in Plugins > Micro-expression > Evaluate): dataset_sheet=FILE modality=mesti
// weighting=apex_peak network=meganet input_size=128 network_width=0 epochs=40 batch_size=16
// learning_rate=0.001 seed=0 device=auto

args = getArgument();
if (args == "") {
	root = getDirectory("Dataset folder (frames root)");
	result = getDirectory("Result folder");
	args = "frames_root=[" + root + "] result_folder=[" + result + "]";
}
result = call("ij.Macro.getValue", args, "result_folder", "");
run("Evaluate (Leave-One-Subject-Out)", args);
print("LOSO report: " + result + File.separator + "report.json");
