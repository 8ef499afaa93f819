package org.mer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 as 64 lower-case hex digits, of files (streamed, never loaded whole) and of text (UTF-8):
 * the one digest of the project (weight files, model seals, fold fingerprints, cache keys, unique
 * file names). Stateless and thread safe.
 */
public final class Sha256 {
	private Sha256() {}

	/** The file's SHA-256. */
	public static String of(Path file) throws IOException {
		MessageDigest md = digest();
		byte[] buf = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buf)) > 0;)
				md.update(buf, 0, n);
		}
		return hex(md.digest());
	}

	/** The SHA-256 of the text's UTF-8 bytes. */
	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 of the bytes. */
	public static String of(byte[] bytes) {
		return hex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM has no SHA-256", e);
		}
	}

	private static String hex(byte[] bytes) {
		StringBuilder sb = new StringBuilder(2 * bytes.length);
		for (byte b : bytes)
			sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
		return sb.toString();
	}
}
