package org.mer.model;

import java.nio.file.Path;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.mer.core.InputException;

/** One forward pass on zeros right after loading, so a mismatched network fails at load time. */
final class ForwardCheck {
	private ForwardCheck() {}

	/** @throws InputException naming {@code file} when the pass fails or the logits are not 1 x K */
	static void run(LoadedModel model, Path file) {
		int s = model.config().inputSize();
		int k = model.config().classNames().size();
		try (NDManager call = model.manager().newSubManager()) {
			NDArray x = call.zeros(new Shape(1, 3, s, s));
			NDList out = model.block().forward(new ParameterStore(call, false), new NDList(x), false);
			if (out.isEmpty()) throw new InputException(file + ": the network returned no output");
			Shape logits = out.get(0).getShape();
			if (!logits.equals(new Shape(1, k)))
				throw new InputException(file + ": the network outputs logits of shape " + logits + " for one input but "
					+ ModelConfig.FILE_NAME + " lists " + k + " classes " + model.config().classNames());
		}
		catch (InputException e) {
			throw e;
		}
		catch (RuntimeException e) {
			throw new InputException(file + ": a test forward pass on a 3 x " + s + " x " + s + " input failed: "
				+ e.getMessage(), e);
		}
	}
}
