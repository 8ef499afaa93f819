#!/usr/bin/env python3
"""Makes this TorchScript fixture: model.pt (MEGANet, S=64, width 8, 3 classes, seeded random
weights and BatchNorm running statistics), model.json, expected-logits.json.

Run from the repository root with Debian's PyTorch (apt-get install python3-torch):
    /usr/bin/python3 src/test/resources/torchscript/tiny-meganet/make_fixture.py
It imports scripts/meganet.py (the PyTorch twin of org.mer.net.MegaNet) and exports with its
export_torchscript (torch.jit.trace, eval mode).

Input recipe (also in expected-logits.json): x[0, c, y, x] = sin(0.1 * (c + 1) * (x + 2 * y)),
c = 0..2, y, x = 0..63, float32.
"""
import hashlib
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import meganet  # noqa: E402

SIZE, WIDTH, CLASSES, SEED = 64, 8, ["negative", "positive", "surprise"], 20261125


def recipe_input():
    c = torch.arange(3, dtype=torch.float64).view(3, 1, 1)
    y = torch.arange(SIZE, dtype=torch.float64).view(1, SIZE, 1)
    x = torch.arange(SIZE, dtype=torch.float64).view(1, 1, SIZE)
    return torch.sin(0.1 * (c + 1) * (x + 2 * y)).float().unsqueeze(0)


def main():
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    model = meganet.build("meganet", WIDTH, len(CLASSES))
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if name.endswith("running_mean"):
                t.copy_(torch.randn_like(t) * 0.1)
            elif name.endswith("running_var"):
                t.copy_(torch.rand_like(t) + 0.5)
    pt = os.path.join(HERE, "model.pt")
    traced = meganet.export_torchscript(model, pt, SIZE)
    with torch.no_grad():
        out = traced(recipe_input())
    expected = {
        "input": "x[0, c, y, x] = sin(0.1 * (c + 1) * (x + 2 * y)), c = 0..2, y, x = 0..%d, float32" % (SIZE - 1),
        "torch": torch.__version__,
        "logits": [float(v) for v in out[0][0]],
        "attention_shapes": [list(t.shape) for t in out[1:]],
        "attention_means": [float(t.double().mean()) for t in out[1:]],
    }
    with open(os.path.join(HERE, "expected-logits.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    with open(pt, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    config = {
        "formatVersion": 1,
        "network": {"architecture": "meganet", "inputSize": SIZE, "width": WIDTH, "numClasses": len(CLASSES),
                    "inputChannels": 3},
        "classNames": CLASSES,
        "modality": {"modality": "mesti", "weighting": "apex_peak", "apex_method": "motion"},
        "inputSize": SIZE,
        "normalisation": {"mean": [0.5, 0.5, 0.5], "std": [0.25, 0.25, 0.25]},
        "provenance": {"dataset": "none", "protocol": "none", "epochs": 0, "seed": SEED, "metrics": {},
                       "trainedOn": "random weights: TorchScript import test fixture, not a usable model",
                       "pluginVersion": "scripts/meganet.py", "created": "2026-11-25T00:00:00Z"},
        "weights": [{"file": "model.pt", "sha256": sha, "kind": "torchscript"}],
    }
    with open(os.path.join(HERE, "model.json"), "w") as f:
        json.dump(config, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
