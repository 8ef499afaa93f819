/**
 * The networks as DJL blocks on the PyTorch engine: MEGANet with Gradient Attention (SPEC §7)
 * and its ablation, and the baselines ResNet-18/50, VGG-19, EfficientNet-B0 and STSTNet.
 * Entry points: {@link org.mer.net.NetworkSpec} (what to build, serialised in model.json),
 * {@link org.mer.net.Networks#build} (the block; forward returns the logits, then for MEGANet the
 * four attention maps), {@link org.mer.net.Networks#namedParameters} (stable parameter names
 * shared with {@code scripts/meganet.py}), {@link org.mer.net.WeightFiles} (.npz weight
 * exchange with PyTorch) and {@link org.mer.net.Flops} (FLOPs counted from the layers). Call
 * {@link org.mer.net.Engines#pytorch()} before any other DJL use. Blocks are not thread safe while
 * being initialised or trained; a trained block may serve concurrent inference forwards.
 */
package org.mer.net;
