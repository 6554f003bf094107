"""Fit the float32 coefficients of MKL's float ln polynomial (parity/float32_math._LOG_POLY) from its outputs.

Needs PyTorch (for MKL's exported kernel, see tools/check_log32.py) and SciPy (linear programming);
neither is a project dependency:

    PYTHONPATH=. python tools/fit_log32_coefficients.py --fixed 0x1.555506p-2 --candidates=-0x1.fffefp-3 -1 0 1

For every float32 m in [2/3, 4/3) MKL returns s = fl(r + q), r = m - 1, q = fl(fl(p*r)*r),
p = fl(fl(P3*r) - 1/2), P3 = fl(c3 + fl(P4*r)), ... Each output bounds q to an interval of
float32 values; the steps above are monotone in their unknown, so the bounds are inverted exactly,
level by level, through the coefficients already fixed (``--fixed``, c3 first). For each candidate
of the next coefficient (``--candidates``: a float32 and offsets in units in the last place) the
bounds go one level further and a linear program looks for the smooth polynomial inside all of
them; it prints the smallest violation it can reach (in units in the last place of that level's
value) and the polynomial's coefficients. The true coefficient leaves the smallest violation (for
c3, c4, c5 clearly; from c6 on all candidates fit and the last ones were chosen by the misses
tools/check_log32.py counts). The session that found them ran these same steps as separate
scripts; this combined form was not yet run end to end (the bounds over 2**23 inputs take
minutes on a busy machine).
"""
from __future__ import annotations

import argparse
import importlib.util
import pathlib

import numpy as np
from scipy.optimize import linprog

F32 = np.float32
F64 = np.float64
BREAK = 0x3F2AAAAB  # 2/3


def _inverse_increasing(op, lo, hi, guess_lo, guess_hi):
    """All float32 t with lo <= op(t) <= hi, for op nondecreasing: [t_lo, t_hi] element-wise."""
    up, down = F32(np.inf), F32(-np.inf)
    with np.errstate(all="ignore"):
        t_lo, t_hi = guess_lo.astype(F32), guess_hi.astype(F32)
        for bound, target, toward, away, ok in ((t_lo, lo, up, down, lambda v, t: v >= t),
                                                (t_hi, hi, down, up, lambda v, t: v <= t)):
            while True:  # step inward until op(bound) is inside
                bad = ~ok(op(bound), target)
                if not bad.any():
                    break
                bound[bad] = np.nextafter(bound[bad], toward)
            while True:  # step outward while the neighbour is still inside
                nxt = np.nextafter(bound, away)
                can = ok(op(nxt), target)
                if not can.any():
                    break
                bound[can] = nxt[can]
    return t_lo, t_hi


def inverse_add(lo, hi, c):
    """float32 t with fl(t + c) in [lo, hi]."""
    return _inverse_increasing(lambda t: t + c, lo, hi, (lo.astype(F64) - c).astype(F32),
                               (hi.astype(F64) - c).astype(F32))


def inverse_multiply(lo, hi, r):
    """float32 t with fl(t * r) in [lo, hi] (r != 0; a negative r mirrors the bounds)."""
    positive = r > 0
    magnitude = np.abs(r).astype(F32)
    low, high = np.where(positive, lo, -hi), np.where(positive, hi, -lo)
    with np.errstate(all="ignore"):
        return _inverse_increasing(lambda t: t * magnitude, low, high, (low.astype(F64) / magnitude).astype(F32),
                                   (high.astype(F64) / magnitude).astype(F32))


def mkl_kernel():
    """tools/check_log32.py's ctypes wrapper of MKL's SSE4.2 ln kernel."""
    spec = importlib.util.spec_from_file_location("check_log32", pathlib.Path(__file__).with_name("check_log32.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.mkl_kernel()


def bounds_on_p3() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m = np.arange(BREAK, BREAK + 0x800000, dtype=np.uint32).view(F32)
    m = m[m != 1]
    s = mkl_kernel()(m)
    r = (m - F32(1)).astype(F32)
    lo, hi = inverse_add(s, s, r)  # q
    lo, hi = inverse_multiply(lo, hi, r)  # t1 = fl(p * r)
    lo, hi = inverse_multiply(lo, hi, r)  # p
    lo, hi = inverse_add(lo, hi, np.full_like(r, F32(-0.5)))  # t2 = fl(P3 * r)
    lo, hi = inverse_multiply(lo, hi, r)  # P3
    return r, lo, hi


def smallest_violation(r, lo, hi, terms: int, seed: int = 0) -> tuple[float, np.ndarray]:
    """The LP: a polynomial with ``terms`` coefficients inside [lo, hi] up to e units in the last
    place; returns the smallest e and the coefficients (on 60,000 sampled and the 20,000 tightest bounds)."""
    rng = np.random.default_rng(seed)
    width = hi.astype(F64) - lo.astype(F64)
    pick = np.unique(np.concatenate([rng.choice(r.size, min(60000, r.size), replace=False),
                                     np.argsort(width)[:20000]]))
    x, low, high = r[pick].astype(F64), lo[pick].astype(F64), hi[pick].astype(F64)
    ulp = float(np.spacing(F32(abs(np.median(low)))))
    scale = 0.34  # conditions the monomials on |r| <= 1/3
    basis = np.vander(x / scale, terms, increasing=True)
    column = np.full((x.size, 1), -ulp)
    result = linprog(np.r_[np.zeros(terms), 1.0],
                     A_ub=np.vstack([np.hstack([basis, column]), np.hstack([-basis, column])]),
                     b_ub=np.concatenate([high, -low]), bounds=[(None, None)] * (terms + 1), method="highs")
    return float(result.x[-1]), result.x[:-1] / scale ** np.arange(terms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixed", default="", help="comma-separated hex floats: c3, c4, ... already fixed")
    parser.add_argument("--candidates", required=True, help="the next coefficient (hex float)")
    parser.add_argument("offsets", nargs="+", type=int, help="offsets from it, in units in the last place")
    parser.add_argument("--degree", type=int, default=10, help="the last coefficient's index (c10)")
    args = parser.parse_args()
    r, lo, hi = bounds_on_p3()
    keep = np.abs(r) > 2**-3  # small |r| bound the inner levels only loosely
    r, lo, hi = r[keep], lo[keep], hi[keep]
    level = 3
    for text in filter(None, args.fixed.split(",")):
        lo, hi = inverse_add(lo, hi, np.full_like(r, F32(float.fromhex(text))))
        lo, hi = inverse_multiply(lo, hi, r)
        level += 1
    base = F32(float.fromhex(args.candidates))
    for offset in args.offsets:
        c = np.array(base.view(np.int32) + np.int32(offset), np.int32).view(F32)[()]
        next_lo, next_hi = inverse_add(lo, hi, np.full_like(r, c))
        next_lo, next_hi = inverse_multiply(next_lo, next_hi, r)
        if (next_lo > next_hi).any():
            print(f"c{level} = {float(c).hex()}: some bound is empty")
            continue
        violation, rest = smallest_violation(r, next_lo, next_hi, args.degree - level)
        print(f"c{level} = {float(c).hex()}: violation {violation:.3f} ulp, then "
              + ", ".join(float(F32(v)).hex() for v in rest), flush=True)


if __name__ == "__main__":
    main()
