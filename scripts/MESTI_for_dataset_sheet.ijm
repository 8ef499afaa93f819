// MESTI for every clip of a dataset sheet (MESTI-MEGANet).
//
// The sheet is a CSV with a header row and the columns frames, onset, apex, offset (others are
// ignored; apex 0 or empty = spotted). "frames" is a frame folder or video, relative to
// frames_root (default: the sheet's folder). Writes <output_folder>/<clip>_mesti.tif (raw 32-bit,
// one slice per channel, parameters in the image Info) for every row.
//
// Headless, Fiji:
//   ImageJ-linux64 --headless --console -macro MESTI_for_dataset_sheet.ijm 'sheet=/data/clips.csv output_folder=/data/mesti weighting=apex_peak'
// Headless, plain ImageJ 1.x (needs an X display; use xvfb-run on servers):
//   xvfb-run -a java -jar ij.jar -batch MESTI_for_dataset_sheet.ijm 'sheet=/data/clips.csv output_folder=/data/mesti'
// Optional arguments: frames_root=DIR weighting=apex_peak|rank_pooled crop_face=true

args = getArgument();
sheet = call("ij.Macro.getValue", args, "sheet", "");
if (sheet == "") sheet = File.openDialog("Dataset sheet (CSV: frames, onset, apex, offset)");
out = call("ij.Macro.getValue", args, "output_folder", "");
if (out == "") out = getDirectory("Output folder for the MESTI images");
root = call("ij.Macro.getValue", args, "frames_root", File.getParent(sheet));
weighting = call("ij.Macro.getValue", args, "weighting", "apex_peak");
crop = "";
if (call("ij.Macro.getValue", args, "crop_face", "false") == "true") crop = " crop_face";
File.makeDirectory(out);

setBatchMode(true);
lines = split(File.openAsString(sheet), "\n");
header = split(lines[0], ",");
cFrames = column(header, "frames"); cOnset = column(header, "onset"); cApex = column(header, "apex"); cOffset = column(header, "offset");
count = 0;
for (i = 1; i < lines.length; i++) {
	line = String.trim(lines[i]);
	if (line == "") continue;
	cells = split(line, ",");
	clip = root + File.separator + String.trim(cells[cFrames]);
	name = File.getNameWithoutExtension(clip);
	target = out + File.separator + name + "_mesti.tif";
	run("Create MESTI", "clip=[" + clip + "] onset_frame=" + number(cells[cOnset]) + " apex_frame=" + number(cells[cApex])
		+ " offset_frame=" + number(cells[cOffset]) + " weighting=" + weighting + " output_type=[raw 32-bit]" + crop
		+ " output_file=[" + target + "]");
	close("*");
	count++;
	print("MESTI " + count + ": " + target);
}
print("MESTI written for " + count + " clips to " + out);

function column(header, name) {
	for (c = 0; c < header.length; c++)
		if (toLowerCase(String.trim(header[c])) == name) return c;
	exit("The sheet has no column '" + name + "'");
}

function number(cell) {
	s = String.trim(cell);
	if (s == "" || s == "/") return 0;
	return s;
}
