"""Record ``torch.linalg.svd``/``svdvals`` results from real PyTorch for
tests/test_parity_lapack_svd.py, and measure how often ``parity/lapack_gesdd.py`` gives PyTorch's
bits (and how often the engine's previous path, numpy's LAPACK with ``parity/lapack_svd.py``'s
signs, did).

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_svd.py            # match rates, shapes to 16 x 16
    .venv-torch/bin/python tools/record_lapack_svd.py --record   # write tests/data/lapack_svd_cases.json

A case is ``torch.randn`` with a seed per case (a batch of three for some shapes). A result counts
as identical when every element is: the singular values of ``svdvals`` (LAPACK's jobz='N'), and
U, S and Vh of ``svd`` with ``full_matrices`` False ('S') and True ('A'). The recorded file also
holds ``pinv`` and ``svdvals`` of a tensor that requires grad (computed with the vectors), and
for each case whether the emulation gave PyTorch's bits when it was recorded; the test holds
those cases to every bit and the others to a tolerance.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.parity import lapack_gesdd, lapack_svd  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_svd_cases.json"
RECORDED_SIZES = (1, 2, 3, 4, 5, 6, 8, 11, 16)
BATCHED = ((5, 3), (4, 4), (3, 5), (7, 2))


def _randn(shape: tuple, dtype, seed: int):
    return torch.randn(*shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))


def _cases(sizes, per_shape: int, dtypes=(torch.float64, torch.float32)):
    for dtype in dtypes:
        for m in sizes:
            for n in sizes:
                for trial in range(per_shape):
                    yield dtype, _randn((m, n), dtype, 1000 * m + 10 * n + trial)
        for m, n in BATCHED:
            yield dtype, _randn((3, m, n), dtype, 7 * m + n)


def _oracle(a) -> dict:
    out: dict = {"svdvals": torch.linalg.svdvals(a).numpy()}
    for full in (False, True):
        u, s, vh = torch.linalg.svd(a, full_matrices=full)
        out[full] = (u.numpy(), s.numpy(), vh.numpy())
    return out


def _same(x, y) -> bool:
    return x is not None and all(np.array_equal(p, q) for p, q in zip(x, y))


def _engine(x: np.ndarray) -> dict:
    return {"svdvals": lapack_gesdd.singular_values(x),
            False: lapack_gesdd.svd_stack(x, False), True: lapack_gesdd.svd_stack(x, True)}


def _before(x: np.ndarray) -> dict:
    """The engine's previous path: numpy's values, numpy's SVD with lapack_svd's signs."""
    return {"svdvals": np.linalg.svd(x, compute_uv=False),
            False: lapack_svd.svd(x, False), True: lapack_svd.svd(x, True)}


def _size_class(m: int, n: int) -> str:
    k = max(m, n)
    return "up to 4" if k <= 4 else "5 to 8" if k <= 8 else "9 to 16"


def measure(largest: int, per_shape: int) -> None:
    sizes = range(1, largest + 1)
    for dtype in (torch.float64, torch.float32):
        counts: dict = {}
        for _, a in _cases(sizes, per_shape, (dtype,)):
            m, n = a.shape[-2:]
            key = (_size_class(m, n), "tall" if m > n else "wide" if m < n else "square")
            oracle, x = _oracle(a), a.numpy()
            for label, result in (("engine", _engine(x)), ("before", _before(x))):
                row = counts.setdefault(key + (label,), [0, 0, 0, 0])
                row[0] += np.array_equal(result["svdvals"], oracle["svdvals"])
                row[1] += _same(result[False], oracle[False])
                row[2] += _same(result[True], oracle[True])
                row[3] += 1
        print(f"{str(dtype).removeprefix('torch.')}: identical results (svdvals / svd reduced / svd full)")
        for key in sorted(counts):
            if key[-1] == "engine":
                now, old = counts[key], counts[key[:-1] + ("before",)]
                print(f"  {key[0]:8s} {key[1]:6s}  engine {now[0]}/{now[1]}/{now[2]} of {now[3]}"
                      f"   before {old[0]}/{old[1]}/{old[2]}")


def record() -> None:
    out = []
    for dtype, a in _cases(RECORDED_SIZES, 1):
        x = a.numpy()
        oracle, engine = _oracle(a), _engine(x)
        entry: dict = {"dtype": str(dtype).removeprefix("torch."), "shape": list(x.shape), "input": hex_floats(x),
                       "svdvals": hex_floats(oracle["svdvals"]),
                       "svdvals_exact": bool(np.array_equal(engine["svdvals"], oracle["svdvals"]))}
        for full, name in ((False, "reduced"), (True, "full")):
            u, s, vh = oracle[full]
            entry[name] = {"U": hex_floats(u), "S": hex_floats(s), "Vh": hex_floats(vh),
                           "exact": _same(engine[full], oracle[full])}
        # what else goes through gesdd: pinv (the SVD, then MKL's product) and svdvals of a
        # tensor that needs a gradient (PyTorch then computes the vectors too: jobz='S')
        entry["pinv"] = hex_floats(torch.linalg.pinv(a).numpy())
        entry["svdvals_with_grad"] = hex_floats(torch.linalg.svdvals(a.clone().requires_grad_()).detach().numpy())
        out.append(entry)
    write_cases(OUT, out)
    exact = sum(c["reduced"]["exact"] for c in out)
    print(f"wrote {len(out)} cases to {OUT} ({exact} reduced SVDs identical when recorded)")


def main() -> None:
    run(__doc__, OUT, record, measure, {"largest": 16, "per-shape": 3})


if __name__ == "__main__":
    main()
