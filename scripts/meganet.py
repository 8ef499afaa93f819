#!/usr/bin/env python3
"""MEGANet (SPEC section 7) in PyTorch: the twin of the plugin's org.mer.net.MegaNet.

Same layers, same order, same parameter names as the DJL block, so weights move both ways:
``model.state_dict()`` keys (minus BatchNorm's ``num_batches_tracked``) are exactly the names
``org.mer.net.Networks.namedParameters`` gives, e.g. ``stem.conv1.weight``,
``stage1.res.shortcut_bn.running_var``, ``stage1.ga.spatial_conv.weight``, ``fc.bias``.

Weight exchange format (read and written by org.mer.net.WeightFiles): an uncompressed NumPy
``.npz``; one float32 C-order array per parameter, entry ``<name>.npy``; shapes as in PyTorch
(conv OIHW, linear out x in, BN vectors). Extra entries are ignored on load.

Forward output: a tuple ``(logits B x K, A1, A2, A3, A4)`` with the spatial attention maps of the
four Gradient Attention blocks (B x 1 x S/2^i x S/2^i); without GA (``--arch meganet-noga``) the
tuple is ``(logits,)``. The DJL block returns the same list.

Commands (run with a Python that has torch and numpy, e.g. Debian's python3-torch:
``/usr/bin/python3 scripts/meganet.py ...``):

  save-weights --out W.npz [--arch A --width W --classes K --seed N]
      random initial weights (He normal convs, PyTorch default linears, BN defaults)
  forward --weights W.npz --input X.npy|X.npz [--arch --width --classes] [--train]
      prints {"logits": [[...]], "attention_shapes": [...]} as JSON (eval mode unless --train)
  export --out model.pt [--weights W.npz | --seed N] [--size S --arch --width --classes]
         [--sample-out SAMPLE.npz]
      TorchScript via torch.jit.trace (eval mode); with --sample-out also writes a fixed input
      (torch.rand with the seed) and the traced model's outputs: entries input, logits, attention1..4

Only PyTorch (torch 1.13 or newer) and NumPy are needed.
"""
import argparse
import json
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

MAGNITUDE_EPSILON = 1e-6
ARCHITECTURES = ("meganet", "meganet-noga")


class GradientAttention(nn.Module):
    """GA(C): fixed depthwise Sobel, magnitude, spatial map A and channel weights c; F + F*A*c."""

    def __init__(self, channels):
        super().__init__()
        self.channels = channels
        reduced = max(1, channels // 8)
        self.spatial_conv = nn.Conv2d(2, 1, 7, padding=3, bias=False)
        self.spatial_bn = nn.BatchNorm2d(1)
        self.fc1 = nn.Linear(channels, reduced)
        self.fc2 = nn.Linear(reduced, channels)
        sx = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
        # output channel 2i: Gx of input channel i, 2i+1: Gy (as in the Java block); not a parameter
        kernels = torch.stack([sx, sx.t()]).repeat(channels, 1, 1).unsqueeze(1)
        self.register_buffer("sobel", kernels, persistent=False)

    def forward(self, f):
        b, c, h, w = f.shape
        g = F.conv2d(f, self.sobel, padding=1, groups=c)
        m = (g.square().reshape(b, c, 2, h, w).sum(2) + MAGNITUDE_EPSILON).sqrt()
        pooled = torch.cat([m.mean(1, keepdim=True), m.amax(1, keepdim=True)], 1)
        a = torch.sigmoid(self.spatial_bn(self.spatial_conv(pooled)))
        hidden = torch.relu(self.fc1(m.reshape(b, c, -1).mean(2)))
        cw = torch.sigmoid(self.fc2(hidden)).reshape(b, c, 1, 1)
        return f + f * a * cw, a


class ResidualBlock(nn.Module):
    """conv3x3(stride) BN ReLU, conv3x3 BN, 1x1 projection (stride) + BN, add, ReLU."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut_conv = nn.Conv2d(cin, cout, 1, stride, 0, bias=False)
        self.shortcut_bn = nn.BatchNorm2d(cout)

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return torch.relu(y + self.shortcut_bn(self.shortcut_conv(x)))


class Stem(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)

    def forward(self, x):
        x = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(x)))


class Stage(nn.Module):
    """Holds res and (with GA) ga; MegaNet.forward runs them (so traced outputs are all tensors)."""

    def __init__(self, cin, cout, gradient_attention):
        super().__init__()
        self.res = ResidualBlock(cin, cout, 2)
        self.ga = GradientAttention(cout) if gradient_attention else None


class MegaNet(nn.Module):
    def __init__(self, width=32, num_classes=3, gradient_attention=True):
        super().__init__()
        self.stem = Stem(width)
        cin = width
        for i in range(4):
            cout = width << i
            setattr(self, "stage%d" % (i + 1), Stage(cin, cout, gradient_attention))
            cin = cout
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(8 * width, num_classes)
        for mod in self.modules():
            if isinstance(mod, nn.Conv2d):
                nn.init.kaiming_normal_(mod.weight, mode="fan_in", nonlinearity="relu")

    def forward(self, x):
        x = self.stem(x)
        maps = []
        for stage in (self.stage1, self.stage2, self.stage3, self.stage4):
            x = stage.res(x)
            if stage.ga is not None:
                x, a = stage.ga(x)
                maps.append(a)
        logits = self.fc(self.dropout(x.reshape(x.shape[0], x.shape[1], -1).mean(2)))
        return tuple([logits] + maps)


def build(arch="meganet", width=32, num_classes=3):
    if arch not in ARCHITECTURES:
        raise SystemExit("unknown --arch %r; valid: %s" % (arch, ", ".join(ARCHITECTURES)))
    return MegaNet(width, num_classes, arch == "meganet")


def exchange_state(model):
    """Parameter and running-statistic arrays under the shared names (float32 NumPy)."""
    return {k: v.detach().cpu().float().numpy() for k, v in model.state_dict().items()
            if not k.endswith("num_batches_tracked")}


def save_weights(model, path):
    np.savez(path, **exchange_state(model))


def load_weights(model, path):
    """Copies every parameter from the .npz; a missing name or a wrong shape is an error."""
    with np.load(path) as data:
        state = model.state_dict()
        for name, tensor in state.items():
            if name.endswith("num_batches_tracked"):
                continue
            if name not in data.files:
                raise SystemExit("%s: parameter %s is missing" % (path, name))
            array = data[name]
            if tuple(array.shape) != tuple(tensor.shape):
                raise SystemExit("%s: parameter %s has shape %s, expected %s"
                                 % (path, name, tuple(array.shape), tuple(tensor.shape)))
            with torch.no_grad():
                tensor.copy_(torch.from_numpy(np.ascontiguousarray(array, dtype=np.float32)))
    return model


def read_input(path):
    if path.endswith(".npz"):
        with np.load(path) as data:
            key = "input" if "input" in data.files else data.files[0]
            return torch.from_numpy(np.asarray(data[key], dtype=np.float32))
    return torch.from_numpy(np.asarray(np.load(path), dtype=np.float32))


def forward(model, x, train=False):
    model.train(train)
    with torch.no_grad():
        return model(x)


def export_torchscript(model, path, size, example=None):
    """Traces the model in eval mode on a 1 x 3 x size x size example and saves it; returns it."""
    model.eval()
    if example is None:
        example = torch.rand(1, 3, size, size)
    with torch.no_grad():
        traced = torch.jit.trace(model, example)
        for batch in (1, 2):  # the trace must not have frozen the batch size
            probe = torch.rand(batch, 3, size, size)
            expected, got = model(probe), traced(probe)
            for e, g in zip(expected, got):
                if not torch.allclose(e, g, atol=1e-5):
                    raise SystemExit("traced model differs from eager at batch %d" % batch)
    traced.save(path)
    return traced


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("save-weights", "forward", "export"):
        s = sub.add_parser(name)
        s.add_argument("--arch", default="meganet", choices=ARCHITECTURES)
        s.add_argument("--width", type=int, default=32)
        s.add_argument("--classes", type=int, default=3)
        s.add_argument("--seed", type=int, default=0)
        s.add_argument("--threads", type=int, default=0, help="torch threads (0: torch default)")
        if name != "forward":
            s.add_argument("--out", required=True)
        if name != "save-weights":
            s.add_argument("--weights", required=(name == "forward"))
        if name == "forward":
            s.add_argument("--input", required=True)
            s.add_argument("--train", action="store_true")
        if name == "export":
            s.add_argument("--size", type=int, default=112)
            s.add_argument("--sample-out")
    a = p.parse_args(argv)
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    model = build(a.arch, a.width, a.classes)
    if getattr(a, "weights", None):
        load_weights(model, a.weights)
    if a.command == "save-weights":
        save_weights(model, a.out)
    elif a.command == "forward":
        out = forward(model, read_input(a.input), a.train)
        json.dump({"logits": out[0].tolist(), "attention_shapes": [list(t.shape) for t in out[1:]]}, sys.stdout)
        sys.stdout.write("\n")
    else:
        x = torch.rand(1, 3, a.size, a.size)
        traced = export_torchscript(model, a.out, a.size, x)
        if a.sample_out:
            with torch.no_grad():
                out = traced(x)
            sample = {"input": x.numpy(), "logits": out[0].numpy()}
            for i, t in enumerate(out[1:]):
                sample["attention%d" % (i + 1)] = t.numpy()
            np.savez(a.sample_out, **sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
