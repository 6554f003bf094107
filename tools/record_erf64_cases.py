"""Record float64 ``erf``, ``erfc`` and ``erfinv`` from PyTorch (MKL's ``vdErf``, ...) for
``tests/test_erf64.py``.

    .venv-torch/bin/python tools/record_erf64_cases.py

Needs a Python with PyTorch and mpmath (neither is a dependency of the project). For each function:
a random sample of its range (``sample``: PyTorch's outputs as they are, correctly rounded or not),
and hard cases (``rounded``): inputs where the float64 evaluation the engine used before (CPython's
``math.erf``/``math.erfc``, Newton steps in float64) is not PyTorch's value, kept only where
PyTorch's value is the correctly rounded one (mpmath at 120 bits), which the engine aims at.
"""
from __future__ import annotations

import json
import pathlib
import sys

import mpmath
import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.functions import special  # noqa: E402  (after the path is set)

DATA = ROOT / "tests" / "data" / "erf64_cases.json"
RANGES = {"erf": (-4.0, 4.0), "erfc": (-4.0, 10.0), "erfinv": (-1.0, 1.0)}
EXACT = {"erf": mpmath.erf, "erfc": mpmath.erfc, "erfinv": mpmath.erfinv}


def previous(name: str, x: np.ndarray) -> np.ndarray:
    """The float64 evaluation the engine used before (``functions/special.py``'s arrays)."""
    return {"erf": special.erf_array, "erfc": special.erfc_array, "erfinv": special.erfinv_array}[name](x)


def hexed(values: np.ndarray) -> str:
    return np.asarray(values, "<f8").tobytes().hex()


def main() -> None:
    mpmath.mp.prec = 120
    rng = np.random.default_rng(21)
    out: dict = {"torch": torch.__version__}
    for name, (low, high) in RANGES.items():
        x = rng.uniform(low, high, 40_000)
        if name == "erfinv":
            x = np.concatenate([x, 1 - rng.uniform(0, 1e-3, 2_000), rng.uniform(-1e-4, 1e-4, 2_000)])
        y = getattr(torch, name)(torch.from_numpy(x)).numpy()
        hard = np.flatnonzero(previous(name, x) != y)[:1_500]
        exact = np.array([float(EXACT[name](mpmath.mpf(v))) for v in x[hard].tolist()])
        rounded = hard[exact == y[hard]]
        out[name] = {"sample": {"inputs": hexed(x[:2_000]), "outputs": hexed(y[:2_000])},
                     "rounded": {"inputs": hexed(x[rounded]), "outputs": hexed(y[rounded])}}
        print(f"{name}: {rounded.size} of {hard.size} hard cases are correctly rounded in PyTorch")
    DATA.write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
