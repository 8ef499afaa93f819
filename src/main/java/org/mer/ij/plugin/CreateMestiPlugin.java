package org.mer.ij.plugin;

/** Plugins &gt; Micro-expression &gt; Create MESTI (ImageJ 1.x). */
public class CreateMestiPlugin extends ModalityPlugin {
	public CreateMestiPlugin() {
		super(false);
	}
}
