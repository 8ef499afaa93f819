package org.mer.ij.plugin;

/** Plugins &gt; Micro-expression &gt; Create Input Modality (ImageJ 1.x). */
public class CreateModalityPlugin extends ModalityPlugin {
	public CreateModalityPlugin() {
		super(true);
	}
}
