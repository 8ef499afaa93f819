// Spot the micro-expressions of every recording in a folder and classify each one (MESTI-MEGANet).
//
// Each video file (avi, mp4, mov, mkv, m4v) and each sub-folder of frame files in recordings_folder is
// one recording. Each is spotted (Plugins > Micro-expression > Spot Micro-expressions, the classical
// optical-flow spotter) and every spotted micro interval is classified with the model from its onset,
// spotted apex and offset. Everything goes to output_folder:
//   intervals.csv            one row per interval: path, onset, apex, offset, type, score, predicted,
//                            p_<class>..., time_ms, error (a recording that could not be spotted is one
//                            row with its error; the macro goes on with the next one)
//   intervals.settings.json  every spotting setting and what was found, per recording
//   <recording>_spotting.png the signal with the threshold and the spotted intervals
//
// Headless, Fiji:
//   ImageJ-linux64 --headless --console -macro Spot_and_classify_folder.ijm 'recordings_folder=/data/videos model=demo output_folder=/data/out'
// Headless, plain ImageJ 1.x (needs an X display; use xvfb-run on servers):
//   xvfb-run -a java -jar ij.jar -batch Spot_and_classify_folder.ijm 'recordings_folder=/data/videos model=demo output_folder=/data/out'
// Optional arguments: frame_rate=N (frames per second; needed for frame folders, 0 = each video's own rate),
// model_folder=DIR (any model folder instead of an installed one), device=auto|cpu|gpu,
// spot_options=[...] (more Spot Micro-expressions keys, e.g. spot_options=[min_gap_s=0.3 face_mode=detect]).

args = getArgument();
folder = call("ij.Macro.getValue", args, "recordings_folder", "");
if (folder == "") folder = getDirectory("Folder of recordings");
out = call("ij.Macro.getValue", args, "output_folder", "");
if (out == "") out = getDirectory("Output folder");
fps = call("ij.Macro.getValue", args, "frame_rate", "0");
model = call("ij.Macro.getValue", args, "model", "demo");
modelFolder = call("ij.Macro.getValue", args, "model_folder", "");
device = call("ij.Macro.getValue", args, "device", "auto");
more = call("ij.Macro.getValue", args, "spot_options", "");
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
	run("Spot Micro-expressions", "clip=[" + path + "] frame_rate=" + fps + " output_folder=[" + out + "] classify_intervals model=[" + model
		+ "] model_folder=[" + modelFolder + "] device=" + device + " " + more);
	print("spotted " + path);
	close("*");
	count++;
}
print("spotted " + count + " recordings; intervals in " + out + File.separator + "intervals.csv");
