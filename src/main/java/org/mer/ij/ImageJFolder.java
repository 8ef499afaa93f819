package org.mer.ij;

import java.nio.file.Path;
import java.nio.file.Paths;

import ij.IJ;

/**
 * The ImageJ installation folder: the system property {@code ij.dir} (set by Fiji's launcher),
 * else {@code imagej.dir}, else ImageJ 1.x's own folder ({@code IJ.getDirectory("imagej")}:
 * where ij.jar is, or {@code -ijpath}), else the working folder. Stateless; reads the properties
 * on every call.
 */
public final class ImageJFolder {
	private ImageJFolder() {}

	public static Path get() {
		String dir = System.getProperty("ij.dir");
		if (dir == null || dir.isEmpty()) dir = System.getProperty("imagej.dir");
		if (dir == null || dir.isEmpty()) dir = IJ.getDirectory("imagej");
		if (dir == null || dir.isEmpty()) dir = System.getProperty("user.dir");
		return Paths.get(dir);
	}
}
