package org.mer.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import ai.djl.ndarray.types.Shape;

import org.mer.core.InputException;

/**
 * The header DJL's {@code BaseModel.save} writes before the block parameters: magic "DJL@",
 * int version 1, model name, data type, input names with shapes, properties. Read here so that
 * the model folder decides which file is read and reports problems by file name.
 */
final class DjlParamsHeader {
	private static final int VERSION = 1;

	private DjlParamsHeader() {}

	/**
	 * Reads past the header, leaving the stream at the first parameter.
	 *
	 * @throws InputException when the file is not a DJL parameter file of a supported version
	 */
	static void skip(DataInputStream dis, Path file) throws IOException {
		byte[] magic = new byte[4];
		dis.readFully(magic);
		if (!"DJL@".equals(new String(magic, StandardCharsets.US_ASCII)))
			throw new InputException(file + " is not a DJL parameter file (it does not start with DJL@)");
		int version = dis.readInt();
		if (version != VERSION)
			throw new InputException(file + " has DJL parameter file version " + version + ", this plugin reads " + VERSION);
		dis.readUTF();
		dis.readUTF();
		int inputs = dis.readInt();
		if (inputs < 0 || inputs > 1000) throw new InputException(file + " has a corrupt header (" + inputs + " inputs)");
		for (int i = 0; i < inputs; i++) {
			dis.readUTF();
			Shape.decode(dis);
		}
		int properties = dis.readInt();
		if (properties < 0 || properties > 100000)
			throw new InputException(file + " has a corrupt header (" + properties + " properties)");
		for (int i = 0; i < properties; i++) {
			dis.readUTF();
			dis.readUTF();
		}
	}
}
