"""Fit MKL's float32 tanh, piece by piece, from PyTorch's outputs on every float32 of each piece.

    python tools/fit_float32_tanh.py            # writes autograd_tui/engine/parity/mkl_tanh32.py
    python tools/fit_float32_tanh.py --pieces 40 41   # refit only these pieces (by index), print them

Needs a Python with PyTorch and SciPy (its linear programming solver); neither is a dependency
of the project. What it relies on was measured with the same outputs: for 2**-12 <= |x| < 10,
PyTorch's float32 tanh (MKL's ``vsTanh``, SSE4.2 kernel on the measuring machine) is one
polynomial of degree 6 per quarter of a binade ([1, 1.25), [1.25, 1.5), ... scaled by powers of
two; [8, 10) is the last), evaluated in float64 and rounded once to float32. Outside that range
its result is the correctly rounded one for every float32 (checked exhaustively).

How a piece is fitted: each output y pins the polynomial's value at its input x to y's rounding
interval (the midpoints to its float32 neighbours). Only inputs whose exact tanh lies near such a
midpoint can constrain a polynomial close to tanh, so the linear program (maximise the smallest
distance to the interval ends, in units of y's ulp) starts from those and a random sample, then
adds every input the candidate gets wrong until it reproduces every float32 of the piece.
The coefficients are those of the polynomial in t = (|x| - centre) / half_width (a power of two),
lowest degree first; the engine evaluates it with the same Horner steps in float64.
"""
from __future__ import annotations

import argparse
import pathlib
import textwrap

import numpy as np
import torch
from scipy.optimize import linprog

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "autograd_tui" / "engine" / "parity" / "mkl_tanh32.py"
F32 = np.float32
DEGREE = 6
LOW_EXPONENT = -12  # the first piece starts at 2**-12
PIECE_COUNT = 4 * (3 - LOW_EXPONENT) + 1  # quarters of [2**-12, 8), then [8, 10)


def piece_range(index: int) -> tuple[float, float]:
    exponent, quarter = LOW_EXPONENT + index // 4, index % 4
    start = 2.0 ** exponent * (1 + quarter / 4)
    return start, start + 2.0 ** (exponent - 2)


def torch_tanh(x: np.ndarray) -> np.ndarray:
    return torch.tanh(torch.from_numpy(np.ascontiguousarray(x, F32))).numpy()


def piece_data(index: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every float32 of the piece (as float64), PyTorch's outputs and their rounding intervals."""
    start, end = piece_range(index)
    bits = np.arange(F32(start).view(np.uint32), F32(end).view(np.uint32), dtype=np.uint32)
    x = bits.view(F32)
    y = torch_tanh(x)
    low = (y.astype(np.float64) + np.nextafter(y, F32(-np.inf)).astype(np.float64)) / 2
    high = (y.astype(np.float64) + np.nextafter(y, F32(np.inf)).astype(np.float64)) / 2
    return x.astype(np.float64), y, low, high


def horner(coefficients: np.ndarray, t: np.ndarray) -> np.ndarray:
    value = np.full_like(t, coefficients[-1])
    for c in coefficients[-2::-1]:
        value = value * t + c
    return value


def fit_piece(index: int, verbose: bool = False) -> tuple[list[float], float]:
    """The piece's coefficients and the LP's margin (in ulps of the result); raises if none fits."""
    start, end = piece_range(index)
    centre, half = (start + end) / 2, (end - start) / 2
    x, y, low, high = piece_data(index)
    t_all = (x - centre) / half
    sample = np.linspace(start, end, 20001)
    base = np.polynomial.polynomial.polyfit((sample - centre) / half, np.tanh(sample), DEGREE)
    exact = np.tanh(x)
    closeness = np.minimum(exact - low, high - exact) / (high - low)
    chosen = closeness < 0.003
    chosen[np.random.default_rng(index).integers(0, x.size, 2000)] = True
    for step in range(40):
        t, width = t_all[chosen], (high - low)[chosen]
        unit = float(np.median(width))  # unknowns in ulps of the piece, so the LP is well scaled
        rows = np.vander(t, DEGREE + 1, increasing=True) * (unit / width)[:, None]
        offset = horner(base, t)
        lower = (low[chosen] - offset) / width
        upper = (high[chosen] - offset) / width
        ones = np.ones((t.size, 1))
        matrix = np.vstack([np.hstack([-rows, ones]), np.hstack([rows, ones])])
        bound = np.concatenate([-lower, upper])
        cost = np.zeros(DEGREE + 2)
        cost[-1] = -1.0
        result = linprog(cost, A_ub=matrix, b_ub=bound, bounds=[(None, None)] * (DEGREE + 1) + [(None, 1.0)],
                         method="highs")
        if result.status != 0 or result.x[-1] < 0:
            raise RuntimeError(f"piece {index} [{start}, {end}): no polynomial of degree {DEGREE} fits")
        coefficients = base + result.x[:-1] * unit
        wrong = horner(coefficients, t_all).astype(F32).view(np.uint32) != y.view(np.uint32)
        if verbose:
            print(f"  piece {index} step {step}: {chosen.sum()} constraints, margin {result.x[-1]:.3g}, "
                  f"{wrong.sum()} wrong", flush=True)
        if not wrong.any():
            return [float(c) for c in coefficients], float(result.x[-1])
        chosen |= wrong
    raise RuntimeError(f"piece {index}: the cutting planes did not converge")


def write_module(pieces: list[list[float]]) -> None:
    lines = [
        '"""MKL\'s float32 tanh for 2**-12 <= |x| < 10, as measured: one polynomial per piece.',
        "",
        "Generated by ``tools/fit_float32_tanh.py`` from PyTorch 2.13's outputs on every float32 of",
        "each piece (CPU capability AVX512, MKL's SSE4.2 kernel); do not edit by hand. Piece i covers",
        "the i-th quarter binade from 2**-12 ([2**-12, 1.25 * 2**-12), ...; the last is [8, 10)); its row",
        "holds the coefficients, lowest degree first, of the polynomial in t = (|x| - centre) / half_width,",
        "evaluated by Horner's rule in float64 and rounded once to float32.",
        '"""',
        "",
        "PIECES: tuple[tuple[float, ...], ...] = (",
    ]
    for index, coefficients in enumerate(pieces):
        start, end = piece_range(index)
        lines.append(f"    # [{start!r}, {end!r})")
        row = textwrap.wrap(", ".join(repr(c) for c in coefficients), 110)
        lines.append("    (" + row[0])
        lines += ["     " + part for part in row[1:]]
        lines[-1] += "),"
    lines.append(")")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pieces", type=int, nargs="+", help="fit only these pieces and print them")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.pieces:
        for index in args.pieces:
            coefficients, margin = fit_piece(index, verbose=True)
            print(index, piece_range(index), margin, coefficients)
        return
    pieces = []
    for index in range(PIECE_COUNT):
        coefficients, margin = fit_piece(index)
        print(f"piece {index:2d} {piece_range(index)}: margin {margin:.3g} ulp", flush=True)
        pieces.append(coefficients)
    write_module(pieces)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
