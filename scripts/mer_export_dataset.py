"""A PyTorch Dataset over a MESTI-MEGANet export (``./mer export ...``, docs/export.md).

    from mer_export_dataset import MerExportDataset
    train = MerExportDataset("export", fold=0, split="train", verify=True)
    test = MerExportDataset("export", fold=0, split="test")
    x, y = train[0]   # x: float32 (3 * M, S, S), the M modalities stacked; y: class index

Each item stacks the chosen modalities (default: all, in export order) along the channel axis:
the values are the raw modality images resized to S x S (npz and tiff), or 8-bit PNG values
divided by 255. ``fold`` is a fold index or name of folds.csv (leave one subject out): ``split``
"test" gives that fold's samples, "train" all others. ``verify=True`` checks the SHA-256 of
every file and of the settings against export.json before anything is read.

Needs numpy; torch when present (items become tensors, the class a torch Dataset), Pillow for
png exports, tifffile for tiff exports. Run it as a script to verify and summarise an export:
``python3 mer_export_dataset.py EXPORT``.
"""
import csv
import hashlib
import json
import os
import sys

import numpy as np

try:
    import torch
    from torch.utils.data import Dataset as _Base
except ImportError:  # numpy only: the same class, items as numpy arrays
    torch = None
    _Base = object


def settings_sha256(settings):
    """SHA-256 of the settings object as export.json defines it (compact JSON, keys in file order)."""
    text = json.dumps(settings, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def verify(root):
    """Raises ValueError when a file or the settings differ from what export.json records."""
    with open(os.path.join(root, "export.json"), encoding="utf-8") as f:
        info = json.load(f)
    if settings_sha256(info["settings"]) != info["settings_sha256"]:
        raise ValueError("export.json: the settings do not match settings_sha256")
    for rel, expected in info["files"].items():
        if file_sha256(os.path.join(root, rel)) != expected:
            raise ValueError(rel + ": SHA-256 differs from export.json")
    return info


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class MerExportDataset(_Base):
    def __init__(self, root, modalities=None, fold=None, split="train", verify=False, transform=None):
        self.root = root
        with open(os.path.join(root, "export.json"), encoding="utf-8") as f:
            self.info = json.load(f)
        if verify:
            globals()["verify"](root)
        settings = self.info["settings"]
        self.classes = settings["classes"]
        self.format = settings["format"]
        available = [m["name"] for m in settings["modalities"]]
        self.modalities = list(modalities) if modalities else available
        for m in self.modalities:
            if m not in available:
                raise ValueError("modality %r is not in the export (%s)" % (m, ", ".join(available)))
        rows = _rows(os.path.join(root, "manifest.csv"))
        if fold is not None:
            if split not in ("train", "test"):
                raise ValueError("split must be 'train' or 'test', got %r" % (split,))
            folds = _rows(os.path.join(root, "folds.csv"))
            test = {(r["dataset"], r["sample"]) for r in folds if r["fold"] == str(fold) or r["fold_name"] == str(fold)}
            if not test:
                raise ValueError("no fold %r in folds.csv" % (fold,))
            rows = [r for r in rows if ((r["dataset"], r["sample"]) in test) == (split == "test")]
        self.rows = rows
        self.transform = transform

    def __len__(self):
        return len(self.rows)

    def image(self, index, modality):
        """One modality of one sample as float32 (3, S, S)."""
        path = os.path.join(self.root, self.rows[index]["file_" + modality])
        if self.format == "npz":
            with np.load(path) as archive:
                return archive[modality]
        if self.format == "png":
            from PIL import Image
            return np.asarray(Image.open(path).convert("RGB"), dtype=np.float32).transpose(2, 0, 1) / 255.0
        import tifffile
        a = np.asarray(tifffile.imread(path), dtype=np.float32)
        return a.reshape(3, a.shape[-2], a.shape[-1])

    def __getitem__(self, index):
        x = np.concatenate([self.image(index, m) for m in self.modalities], axis=0)
        y = int(self.rows[index]["class_index"])
        if torch is not None:
            x = torch.from_numpy(x)
        if self.transform is not None:
            x = self.transform(x)
        return x, y


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 mer_export_dataset.py EXPORT_FOLDER")
    info = verify(sys.argv[1])
    data = MerExportDataset(sys.argv[1])
    x, y = data[0]
    folds = sorted({r["fold"] for r in _rows(os.path.join(sys.argv[1], "folds.csv"))}, key=int)
    print("%d samples, classes %s, modalities %s, item shape %s, %d folds; all %d files match export.json"
          % (len(data), data.classes, data.modalities, tuple(x.shape), len(folds), len(info["files"])))
