package org.mer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.data.SheetColumns.Field;

/**
 * How a sheet-coded dataset (CASME II, SAMM, CAS(ME)^3 part A, MMEW) lays out its frames and
 * names its columns: where the subject folders are under the root the user gives, how a sheet
 * row names its frames folder and subject, and which file names its sheet has. Immutable.
 */
abstract class SheetLayout {
	final String dataset, title;
	final List<String> sheetKeywords;
	final Map<Field, List<String>> aliases = new EnumMap<>(Field.class);

	SheetLayout(String dataset, String title, List<String> sheetKeywords) {
		this.dataset = dataset;
		this.title = title;
		this.sheetKeywords = sheetKeywords;
		aliases.put(Field.SUBJECT, Arrays.asList("Subject", "Sub", "Subject ID"));
		aliases.put(Field.FILENAME, Arrays.asList("Filename", "File name", "Sample"));
		aliases.put(Field.ONSET, Arrays.asList("OnsetFrame", "Onset Frame", "Onset", "OnsetF"));
		aliases.put(Field.APEX, Arrays.asList("ApexFrame", "Apex Frame", "Apex", "ApexF", "Apex frame 1"));
		aliases.put(Field.OFFSET, Arrays.asList("OffsetFrame", "Offset Frame", "Offset", "OffsetF"));
		aliases.put(Field.EMOTION, Arrays.asList("Estimated Emotion", "Emotion", "Estimated_Emotion"));
	}

	List<Field> required() {
		return Arrays.asList(Field.SUBJECT, Field.FILENAME, Field.ONSET, Field.APEX, Field.OFFSET, Field.EMOTION);
	}

	/** The folder holding the subject folders. @throws InputException when it cannot be found */
	abstract Path framesRoot(Path root);

	/** Subject id as the folders and folds name it, from the sheet's Subject cell. */
	abstract String subject(String cell);

	/** The frames folder of a row. */
	abstract Path folder(Path framesRoot, String subject, String filename, String emotion);

	/** Sample id, unique within the dataset. */
	String id(String subject, String filename, String onset) {
		return subject + "/" + filename;
	}

	static String digits(String s) {
		return s.replaceAll("\\D", "");
	}

	static Path notFound(Path root, String what) {
		throw new InputException("no " + what + " under " + root);
	}

	/** CASME II: CASME2-RAW/sub01/EP02_01f/img46.jpg or Cropped/sub01/EP02_01f/reg_img46.jpg. */
	static final class Casme2 extends SheetLayout {
		Casme2() {
			super("casme2", "CASME II", Arrays.asList("casme2", "casme_2", "casme ii", "casmeii", "casme_ii", "coding"));
		}

		@Override
		Path framesRoot(Path root) {
			Path f = Folders.find(root, d -> Folders.hasSubjectFolder(d, "(?i)sub\\d+"), 3);
			return f != null ? f : notFound(root, "CASME II subject folders (sub01, sub02, ...; in CASME2-RAW or Cropped)");
		}

		@Override
		String subject(String cell) {
			String d = digits(cell);
			return d.isEmpty() ? cell : String.format("sub%02d", Integer.parseInt(d));
		}

		@Override
		Path folder(Path framesRoot, String subject, String filename, String emotion) {
			return Folders.child(Folders.child(framesRoot, subject), filename);
		}
	}

	/** SAMM: SAMM/006/006_1_2/006_05562.jpg. */
	static final class Samm extends SheetLayout {
		Samm() {
			super("samm", "SAMM", Arrays.asList("samm"));
		}

		@Override
		Path framesRoot(Path root) {
			Path f = Folders.find(root, d -> Folders.hasSubjectFolder(d, "\\d{3}"), 3);
			return f != null ? f : notFound(root, "SAMM subject folders (006, 007, ...)");
		}

		@Override
		String subject(String cell) {
			String d = digits(cell);
			return d.isEmpty() ? cell : String.format("%03d", Integer.parseInt(d));
		}

		@Override
		Path folder(Path framesRoot, String subject, String filename, String emotion) {
			return Folders.child(Folders.child(framesRoot, subject), filename);
		}
	}

	/** CAS(ME)^3 part A: spNO.1/b/color/175.jpg; one long recording holds several samples, so ids include the onset. */
	static final class Casme3 extends SheetLayout {
		Casme3() {
			super("casme3", "CAS(ME)^3 part A", Arrays.asList("casme3", "casme^3", "cas(me)", "casme_3", "part_a", "parta", "part a"));
			aliases.put(Field.EMOTION, Arrays.asList("emotion", "Estimated Emotion"));
		}

		@Override
		Path framesRoot(Path root) {
			Path f = Folders.find(root, d -> Folders.hasSubjectFolder(d, "(?i)spNO\\.?\\d+"), 4);
			return f != null ? f : notFound(root, "CAS(ME)^3 subject folders (spNO.1, spNO.2, ...)");
		}

		@Override
		String subject(String cell) {
			return cell.matches("\\d+") ? "spNO." + Integer.parseInt(cell) : cell;
		}

		@Override
		Path folder(Path framesRoot, String subject, String filename, String emotion) {
			Path take = Folders.child(Folders.child(framesRoot, subject), filename);
			Path color = Folders.child(take, "color");
			return Files.isDirectory(color) ? color : take;
		}

		@Override
		String id(String subject, String filename, String onset) {
			return subject + "/" + filename + "/" + onset;
		}
	}

	/** MMEW: Micro_Expression/{emotion}/{S01-01-001}/{N}.jpg. */
	static final class Mmew extends SheetLayout {
		Mmew() {
			super("mmew", "MMEW", Arrays.asList("mmew"));
		}

		@Override
		Path framesRoot(Path root) {
			Path f = Folders.find(root, d -> d.getFileName() != null && d.getFileName().toString().equalsIgnoreCase("Micro_Expression"), 3);
			return f != null ? f : root;
		}

		@Override
		String subject(String cell) {
			return cell.matches("\\d+") ? String.format("S%02d", Integer.parseInt(cell)) : cell;
		}

		@Override
		Path folder(Path framesRoot, String subject, String filename, String emotion) {
			Path direct = Folders.child(Folders.child(framesRoot, emotion), filename);
			if (Files.isDirectory(direct) || !Files.isDirectory(framesRoot)) return direct;
			for (Path e : Folders.subfolders(framesRoot)) {
				Path p = Folders.child(e, filename);
				if (Files.isDirectory(p)) return p;
			}
			return direct;
		}
	}
}
