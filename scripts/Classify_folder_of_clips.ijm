// Classify every clip in a folder with a MEGANet model (MESTI-MEGANet).
//
// Each sub-folder of clips_folder is one clip (its frame files); each video file (avi, mp4,
// mov, mkv, m4v) is one clip. Onset/offset are the first/last frame and the apex is spotted.
// Writes into output_folder: predictions.csv (one row per clip: predicted class, confidence,
// p_<class>, onset, apex, offset, ...), <clip>_<modality>.png, and the attention overlay
// <clip>_attention.png, the 32-bit map <clip>_attention.tif and the regions <clip>_attention_rois.zip.
//
// Headless, Fiji:
//   ImageJ-linux64 --headless --console -macro Classify_folder_of_clips.ijm 'clips_folder=/data/clips model=demo output_folder=/data/out'
// Headless, plain ImageJ 1.x (needs an X display; use xvfb-run on servers):
//   xvfb-run -a java -jar ij.jar -batch Classify_folder_of_clips.ijm 'clips_folder=/data/clips model=demo output_folder=/data/out'
// Optional arguments: model_folder=DIR (any model folder instead of an installed one) device=auto|cpu|gpu

args = getArgument();
folder = call("ij.Macro.getValue", args, "clips_folder", "");
if (folder == "") folder = getDirectory("Folder of clips");
out = call("ij.Macro.getValue", args, "output_folder", "");
if (out == "") out = getDirectory("Output folder");
model = call("ij.Macro.getValue", args, "model", "demo");
modelFolder = call("ij.Macro.getValue", args, "model_folder", "");
device = call("ij.Macro.getValue", args, "device", "auto");
File.makeDirectory(out);

setBatchMode(true);
list = getFileList(folder);
count = 0;
for (i = 0; i < list.length; i++) {
	name = list[i];
	path = folder + File.separator + name;
	lower = toLowerCase(name);
	isVideo = endsWith(lower, ".avi") || endsWith(lower, ".mp4") || endsWith(lower, ".mov") || endsWith(lower, ".mkv") || endsWith(lower, ".m4v");
	if (!File.isDirectory(path) && !isVideo) continue;
	if (endsWith(path, "/")) path = substring(path, 0, lengthOf(path) - 1);
	run("Classify Micro-expression", "clip=[" + path + "] model=[" + model + "] model_folder=[" + modelFolder + "] device=" + device
		+ " output_folder=[" + out + "]");
	print("classified " + path + ": " + getInfo("image.title"));
	close("*");
	count++;
}
print("classified " + count + " clips; predictions in " + out + File.separator + "predictions.csv");
