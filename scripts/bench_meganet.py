#!/usr/bin/env python3
"""Times scripts/meganet.py's MEGANet the way `./mer bench --pytorch` times the DJL block.

For each case SxB (input size S, batch size B): eval-mode forward under torch.no_grad() (input created
from a NumPy array each call, as the plugin copies its input into libtorch), then one training
step at --train-size/--train-batch (train mode, Adam lr 1e-3, cross-entropy on the logits,
zero_grad/backward/step). Each is run --warmup times untimed, then --runs times; the median and
minimum seconds are printed as one JSON object:

  {"threads": N, "torch": "1.13...", "forward": [{"size": S, "batch": B, "median": s, "min": s}, ...],
   "train_step": {"size": S, "batch": B, "median": s, "min": s}}

Usage: python3 scripts/bench_meganet.py --threads 2 --cases 64x1,112x1,112x16
Only PyTorch and NumPy are needed.
"""
import argparse
import json
import os
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import meganet  # noqa: E402  (the same network, same parameter names)


def timed(fn, warmup, runs):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return {"median": statistics.median(times), "min": min(times)}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--cases", default="64x1,112x1,224x1,64x16,112x16", help="comma-separated SIZExBATCH")
    p.add_argument("--train-size", type=int, default=112)
    p.add_argument("--train-batch", type=int, default=16)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--width", type=int, default=32)
    p.add_argument("--classes", type=int, default=3)
    a = p.parse_args(argv)
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    result = {"threads": torch.get_num_threads(), "torch": torch.__version__, "forward": []}
    model = meganet.build("meganet", a.width, a.classes)
    model.eval()
    for case in a.cases.split(","):
        size, batch = (int(v) for v in case.lower().split("x"))
        x = rng.uniform(-1, 1, (batch, 3, size, size)).astype(np.float32)

        def forward():
            with torch.no_grad():
                out = model(torch.from_numpy(x))
                return [t.numpy() for t in out]

        result["forward"].append(dict(size=size, batch=batch, **timed(forward, a.warmup, a.runs)))
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    xs = torch.from_numpy(rng.uniform(-1, 1, (a.train_batch, 3, a.train_size, a.train_size)).astype(np.float32))
    ys = torch.from_numpy(rng.integers(0, a.classes, a.train_batch))

    def step():
        opt.zero_grad()
        loss = F.cross_entropy(model(xs)[0], ys)
        loss.backward()
        opt.step()
        return loss.item()

    if a.train_batch > 0:
        result["train_step"] = dict(size=a.train_size, batch=a.train_batch, **timed(step, a.warmup, a.runs))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
