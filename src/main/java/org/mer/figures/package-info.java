/**
 * Figures: PNG plots of results, drawn with Java2D on a BufferedImage (headless).
 * <p>
 * Why a package of its own: the UI-free core (clip, spot, train, ...) must not depend on
 * {@code java.awt} beyond {@code java.awt.image}, so that it runs and is tested without any
 * display toolkit and keeps the layering rules checkable. Drawing is an edge concern, like the
 * front ends: the application layer takes a core result and asks a class here to draw it. Classes
 * here may use {@code java.awt} and ImageJ; the core never imports them. Every file is written
 * atomically through {@link org.mer.io.AtomicFiles}.
 */
package org.mer.figures;
