"""Which float32/float64 ops PyTorch sends to Intel MKL's vector math (VML), and how often the engine matches.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_vml_ops.py [--n 200000]

For each op of ATen's MKL list (``vml.h``: acos, asin, atan, cos, erf, erfc, erfinv, exp, log,
log10, log2, sin, sqrt, tan, tanh, trunc), on contiguous and strided inputs of both dtypes: the
share of elements where PyTorch's result equals the MKL function ``libtorch_cpu.so`` exports
(``vmd*``/``vms*``, high-accuracy mode, called through ``ctypes`` as ATen calls it), and the
share where the engine equals PyTorch.
"""
from __future__ import annotations

import argparse
import ctypes
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
# op: (MKL's name, input range)
OPS = {"acos": ("Acos", (-1, 1)), "asin": ("Asin", (-1, 1)), "atan": ("Atan", (-10, 10)), "cos": ("Cos", (-10, 10)),
       "erf": ("Erf", (-4, 4)), "erfc": ("Erfc", (-4, 4)), "erfinv": ("ErfInv", (-1, 1)), "exp": ("Exp", (-10, 10)),
       "log": ("Ln", (0, 100)), "log10": ("Log10", (0, 100)), "log2": ("Log2", (0, 100)), "sin": ("Sin", (-10, 10)),
       "sqrt": ("Sqrt", (0, 100)), "tan": ("Tan", (-1.5, 1.5)), "tanh": ("Tanh", (-5, 5))}
VML_HA = 0x2


def mkl(name: str, x: np.ndarray) -> np.ndarray:
    library = ctypes.CDLL(str(pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    element = ctypes.c_double if x.dtype == np.float64 else ctypes.c_float
    function = getattr(library, ("vmd" if x.dtype == np.float64 else "vms") + name)
    pointer = ctypes.POINTER(element)
    function.argtypes = [ctypes.c_int64, pointer, pointer, ctypes.c_int64]
    function.restype = None
    x = np.ascontiguousarray(x)
    y = np.empty_like(x)
    function(x.size, x.ctypes.data_as(pointer), y.ctypes.data_as(pointer), VML_HA)
    return y


def same(a: np.ndarray, b: np.ndarray) -> float:
    view = np.int64 if a.dtype == np.float64 else np.int32
    return float(((a.view(view) == b.view(view)) | (np.isnan(a) & np.isnan(b))).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import autograd_tui.engine as engine  # the engine's torch-like API
    rng = np.random.default_rng(2)
    print(f"{'op':8} {'dtype':8} {'PyTorch == MKL':>15} {'(strided)':>10} {'engine == PyTorch':>18}")
    for op, (name, (low, high)) in OPS.items():
        for dtype in (np.float64, np.float32):
            x = rng.uniform(low, high, args.n).astype(dtype)
            expected = getattr(torch, op)(torch.from_numpy(x)).numpy()
            strided = getattr(torch, op)(torch.from_numpy(x)[::2]).numpy()
            reference = mkl(name, x)
            ours = getattr(engine, op)(engine.from_numpy(x)).numpy()
            print(f"{op:8} {np.dtype(dtype).name:8} {100 * same(expected, reference):14.4f}% "
                  f"{100 * same(strided, reference[::2]):9.4f}% {100 * same(ours, expected):17.4f}%")


if __name__ == "__main__":
    main()
