package org.mer.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of files, as lower-case hex. Stateless and thread safe. */
public final class Sha256 {
	private Sha256() {}

	/** Streams the file (never loads it whole) and returns its SHA-256 as 64 lower-case hex digits. */
	public static String of(Path file) throws IOException {
		MessageDigest md;
		try {
			md = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
		byte[] buf = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buf)) > 0;)
				md.update(buf, 0, n);
		}
		StringBuilder sb = new StringBuilder(64);
		for (byte b : md.digest())
			sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
		return sb.toString();
	}
}
