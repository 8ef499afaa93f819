#!/usr/bin/env bash
# Rebuilds the bundled demonstration model test-data/models/demo/ from the project's own
# synthetic data (never from a licensed dataset): 8 synthetic subjects x 3 classes x 4 clips,
# MESTI (apex_peak) into MEGANet (input 112, width 16), 15 epochs, seed 1. The LOSO report on
# held-out synthetic subjects goes to target/demo-model-report/ and its pooled metrics into
# the model's provenance. Takes about 10 minutes on 2 CPU cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$here/target/demo-model-work}"
"$here/mer" synth --out "$work/synthetic" --subjects 8 --clips-per-class 4 --seed 11
"$here/mer" train --dataset casme2 --root "$work/synthetic" --classes megc-3 --network meganet --modality mesti \
  --size 112 --width 16 --epochs 15 --seed 1 --out "$here/test-data/models/demo" --report "$here/target/demo-model-report" \
  --cache "$work/cache"
