package org.mer.data.recording;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.SynthImages;

/** Test helper: tiny fake long-video datasets (a few 16x16 frames, workbooks with several sheets). */
final class LongLayouts {
	private LongLayouts() {}

	/** Writes frames first..last as String.format(pattern, n) into dir (jpg or png by extension; grey or RGB). */
	static Path frames(Path dir, String pattern, int first, int last, boolean grey) throws IOException {
		for (int n = first; n <= last; n++) {
			float[][] rgb = new float[3][16 * 16];
			for (int c = 0; c < 3; c++)
				for (int i = 0; i < rgb[c].length; i++) rgb[c][i] = (i * 7 + n * 3 + c * 40) % 256;
			Path file = dir.resolve(String.format(pattern, n));
			SynthImages.writeFrame(rgb, 16, 16, grey, pattern.endsWith(".png") ? FrameFormat.PNG : FrameFormat.JPEG, 90, file);
		}
		return dir;
	}

	/** Writes a lossless FFV1 video of {@code count} 16x16 RGB frames. */
	static Path video(Path file, int count) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR);
		try (org.bytedeco.javacv.FFmpegFrameRecorder recorder = new org.bytedeco.javacv.FFmpegFrameRecorder(file.toFile(), 16, 16, 0)) {
			recorder.setVideoCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_FFV1);
			recorder.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0);
			recorder.setFrameRate(30);
			recorder.start();
			for (int n = 1; n <= count; n++) {
				org.bytedeco.javacv.Frame frame = new org.bytedeco.javacv.Frame(16, 16, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3);
				java.nio.ByteBuffer buf = (java.nio.ByteBuffer) frame.image[0];
				for (int i = 0; i < 16 * 16 * 3; i++) buf.put(i / 48 * frame.imageStride + i % 48, (byte) (i + n));
				recorder.record(frame, org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24);
			}
			recorder.stop();
		}
		return file;
	}

	/** One worksheet per entry of {@code sheets} (named by {@code names}); cells: null none, Number numeric, else text. */
	static Path workbook(Path file, List<String> names, List<List<List<Object>>> sheets) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
			for (int s = 0; s < sheets.size(); s++) {
				Sheet sheet = wb.createSheet(names.get(s));
				List<List<Object>> rows = sheets.get(s);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows.get(r).size(); c++) {
						Object v = rows.get(r).get(c);
						if (v instanceof Number) row.createCell(c).setCellValue(((Number) v).doubleValue());
						else if (v != null) row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			wb.write(os);
		}
		return file;
	}
}
