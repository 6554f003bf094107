"""Record ``erf``, ``erfc`` and ``erfinv`` from PyTorch (MKL's ``vdErf``/``vsErf``, ...) for
``tests/test_erf_family.py``.

    .venv-torch/bin/python tools/record_erf_cases.py

Needs a Python with PyTorch and mpmath (neither is a dependency of the project). For each case
(a function, a dtype and a range): a random sample (``sample``, PyTorch's outputs as they are),
and hard cases (``hard``): inputs where the evaluation the engine used before this recording's
session (CPython's ``math.erf``/``math.erfc`` in float64, rounded once for float32; Newton steps
in float64 for erfinv) is not PyTorch's value. Where the engine's claim is "correctly rounded"
(float64 from 0 on), the hard cases are kept only where PyTorch's value is the correctly rounded
one (mpmath at 120 bits), which is what the engine aims at there.
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

DATA = ROOT / "tests" / "data" / "erf_cases.json"
# case name: (function, dtype, low, high, keep only correctly rounded hard cases)
CASES = {
    "erf float64": ("erf", np.float64, -4.0, 4.0, True),
    "erfc float64": ("erfc", np.float64, 0.0, 10.0, True),
    "erfinv float64": ("erfinv", np.float64, -1.0, 1.0, True),
    "erfc float64 negative": ("erfc", np.float64, -4.0, 0.0, False),
    "erfc float32 negative": ("erfc", np.float32, -4.0, 0.0, False),
    "erf float32 tiny": ("erf", np.float32, -2.0 ** -13, 2.0 ** -13, False),
}
EXACT = {"erf": mpmath.erf, "erfc": mpmath.erfc, "erfinv": mpmath.erfinv}


def previous(name: str, x: np.ndarray) -> np.ndarray:
    """The evaluation the engine used before (``functions/special.py``'s float64 arrays)."""
    array = {"erf": special.erf_array, "erfc": special.erfc_array, "erfinv": special.erfinv_array}[name]
    return array(x.astype(np.float64)).astype(x.dtype)


def hexed(values: np.ndarray) -> str:
    return np.asarray(values).astype(np.asarray(values).dtype.newbyteorder("<")).tobytes().hex()


def main() -> None:
    mpmath.mp.prec = 120
    rng = np.random.default_rng(21)
    out: dict = {"torch": torch.__version__}
    for case, (name, dtype, low, high, rounded_only) in CASES.items():
        x = rng.uniform(low, high, 40_000).astype(dtype)
        if case == "erfinv float64":
            x = np.concatenate([x, 1 - rng.uniform(0, 1e-3, 2_000), rng.uniform(-1e-4, 1e-4, 2_000)])
        if case == "erf float32 tiny":  # every binade down to the subnormals
            x = (x * np.float32(2.0) ** rng.integers(-140, 1, x.size).astype(np.float32)).astype(np.float32)
        y = getattr(torch, name)(torch.from_numpy(x)).numpy()
        hard = np.flatnonzero(previous(name, x) != y)[:800]
        if rounded_only:
            exact = np.array([float(EXACT[name](mpmath.mpf(v))) for v in x[hard].tolist()])
            hard = hard[exact == y[hard]]
        out[case] = {"function": name, "dtype": np.dtype(dtype).name,
                     "sample": {"inputs": hexed(x[:1_000]), "outputs": hexed(y[:1_000])},
                     "hard": {"inputs": hexed(x[hard]), "outputs": hexed(y[hard])}}
        print(f"{case}: {hard.size} hard cases")
    DATA.write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
