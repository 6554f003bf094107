"""``torch.quasirandom``: ``SobolEngine``, Sobol' low-discrepancy sequences, point for point PyTorch's.

A Sobol' point is exact integer arithmetic: each dimension keeps a 30-bit integer that is XORed,
point after point, with one of its 30 direction numbers (the one indexed by the lowest zero bit of
the point's number), and printed as that integer times ``2**-30``. The direction numbers are
data, Joe and Kuo's table as PyTorch ships it: ``sobol_directions.bin`` holds each dimension's
primitive polynomial and initial values (recorded from PyTorch by
``tools/record_sobol_directions.py``), and the rest follows Bratley and Fox's recurrence, as in
PyTorch's initialiser. The file covers the first 1111 dimensions; past them the engine says it
lacks the table rather than draw other points. Scrambling draws its random bits with ``torch.randint``
from the given seed's generator, so scrambled points match PyTorch's too.
"""
from __future__ import annotations as _annotations

import functools as _functools
import operator as _operator
from pathlib import Path as _Path
from typing import Any as _Any, Optional as _Optional

import numpy as _np

import autograd_tui.engine as torch
from autograd_tui.engine import dtypes as _dtypes, missing as _missing
from autograd_tui.engine._tensor import Tensor as _Tensor, _scalar_name, make as _make

_MAXBIT = 30
# Point values are integers times this; the scaling is exact in float32 and float64.
_RECIPD = 2.0 ** -_MAXBIT


# ---------------------------------------------------------------------------------------------
# The direction numbers
# ---------------------------------------------------------------------------------------------

def _bit_reader(data: bytes) -> _Any:
    bits = "".join(format(byte, "08b") for byte in data)
    position = 0

    def read(width: int) -> int:
        nonlocal position
        position += width
        return int(bits[position - width:position], 2) if width else 0
    return read


@_functools.lru_cache(maxsize=1)
def _direction_table() -> tuple[int, list[tuple[int, list[int]]]]:
    """(dimensions covered, [(polynomial, initial values)] for dimensions 2, 3, ...), the file's
    layout as ``tools/record_sobol_directions.py`` describes it."""
    data = (_Path(__file__).parent / "sobol_directions.bin").read_bytes()
    covered = int.from_bytes(data[:2], "big")
    read = _bit_reader(data[2:])
    table = []
    for _ in range(covered - 1):
        degree = read(5)
        poly = (1 << degree) | (read(degree - 1) << 1) | 1
        table.append((poly, [(read(i) << 1) | 1 for i in range(degree)]))
    return covered, table


def _initial_state(dimension: int) -> _np.ndarray:
    """``sobolstate``: (dimension, 30) int64, column ``i`` scaled by ``2**(29 - i)``."""
    covered, table = _direction_table()
    if dimension > covered:
        raise _missing.not_in_engine(f"SobolEngine(dimension={dimension}) (the engine ships the direction numbers "
                                     f"of the first {covered} dimensions)")
    state = _np.ones((dimension, _MAXBIT), dtype=_np.int64)
    for d, (poly, initial) in enumerate(table[:dimension - 1], start=1):
        degree = len(initial)
        row = list(initial)
        for j in range(degree, _MAXBIT):  # Bratley and Fox (1988), section 2
            value = row[j - degree]
            for k in range(degree):
                if (poly >> (degree - 1 - k)) & 1:
                    value ^= row[j - k - 1] << (k + 1)
            row.append(value)
        state[d] = row
    return state << _np.arange(_MAXBIT - 1, -1, -1, dtype=_np.int64)


# ---------------------------------------------------------------------------------------------
# PyTorch's kernels (torch._sobol_engine_draw, _ff_, _scramble_) on the engine's arrays
# ---------------------------------------------------------------------------------------------

def _count(value: _Any, kernel: str) -> int:
    """An ``int`` argument as PyTorch's parser takes it (a numpy integer, a 0-d tensor; no bool)."""
    try:
        if isinstance(value, bool):
            raise TypeError
        return _operator.index(value)
    except TypeError:
        raise TypeError(f"{kernel}(): argument 'n' (position 2) must be int, not {type(value).__name__}") from None


def _xor_walk(quasi: _np.ndarray, n: int, sobolstate: _np.ndarray, num_generated: int) -> _np.ndarray:
    """The integers of the next ``n`` points, (n, dimension): point ``g`` XORs in the direction
    number indexed by the lowest zero bit of ``g``."""
    numbers = _np.arange(num_generated, num_generated + n, dtype=_np.int64)
    lowest_zero = _np.log2(~numbers & (numbers + 1)).astype(_np.int64)
    steps = _np.ascontiguousarray(sobolstate[:, lowest_zero].T)
    steps[0] ^= quasi
    return _np.bitwise_xor.accumulate(steps, axis=0)


def _draw(quasi: _Tensor, n: _Any, sobolstate: _Tensor, num_generated: int,
          dtype: _dtypes.dtype) -> tuple[_Tensor, _Tensor]:
    n = _count(n, "_sobol_engine_draw")
    dimension = sobolstate.shape[0]
    if n < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {n}: [{n}, {dimension}]")
    if dtype not in (_dtypes.float32, _dtypes.float64):
        raise NotImplementedError(f"\"_sobol_engine_draw\" not implemented for '{_scalar_name(dtype)}'")
    points = _xor_walk(quasi._data, n, sobolstate._data, num_generated)
    last = points[-1].copy() if n else quasi._data.copy()
    result = points.astype(dtype.np) * dtype.np.type(_RECIPD)
    return _make(result, dtype), _make(last, _dtypes.int64)


def _fast_forward(quasi: _Tensor, n: _Any, sobolstate: _Tensor, num_generated: int) -> None:
    n = _count(n, "_sobol_engine_ff_")
    if n > 0:
        quasi._data[...] = _xor_walk(quasi._data, n, sobolstate._data, num_generated)[-1]


def _scramble_state(sobolstate: _Tensor, ltm: _Tensor) -> None:
    """Each direction number's 30 bits times the dimension's random lower-triangular bit matrix
    (unit diagonal), over GF(2); bit ``29 - c`` of a number is column ``c`` of the matrix."""
    matrices = ltm._data.copy()
    matrices[:, _np.arange(_MAXBIT), _np.arange(_MAXBIT)] = 1
    weights = _np.arange(_MAXBIT - 1, -1, -1, dtype=_np.int64)
    bits = (sobolstate._data[:, :, None] >> weights) & 1
    scrambled = _np.einsum("djc,dpc->djp", bits, matrices) & 1
    sobolstate._data[...] = (scrambled << weights).sum(axis=-1)


# ---------------------------------------------------------------------------------------------
# The public class
# ---------------------------------------------------------------------------------------------

class SobolEngine:
    r"""An engine for (scrambled) Sobol' sequences, of up to 21201 dimensions in PyTorch (the
    embedded engine ships the first 1111 dimensions' direction numbers).

    Args:
        dimension (Int): The dimensionality of the sequence to be drawn
        scramble (bool, optional): Setting this to ``True`` will produce scrambled Sobol sequences.
            Default: ``False``.
        seed (Int, optional): the seed of the scrambling's random number generator; the global
            generator when ``None``. Default: ``None``
    """

    MAXBIT = 30
    MAXDIM = 21201

    def __init__(self, dimension: int, scramble: bool = False, seed: _Optional[int] = None) -> None:
        if dimension > self.MAXDIM or dimension < 1:
            raise ValueError(f"Supported range of dimensionality for SobolEngine is [1, {self.MAXDIM}]")
        self.seed = seed
        self.scramble = scramble
        self.dimension = dimension
        self.sobolstate = torch.zeros(dimension, self.MAXBIT, dtype=torch.long)
        self.sobolstate._data[...] = _initial_state(self.dimension)
        if not self.scramble:
            self.shift = torch.zeros(self.dimension, dtype=torch.long)
        else:
            self._scramble()
        self.quasi = self.shift.clone(memory_format=torch.contiguous_format)
        self._first_point = (self.quasi / 2**self.MAXBIT).reshape(1, -1)
        self.num_generated = 0

    def draw(self, n: int = 1, out: _Optional[_Tensor] = None, dtype: _Optional[_dtypes.dtype] = None) -> _Tensor:
        r"""Draw the next :attr:`n` points of the sequence, as an ``(n, dimension)`` tensor."""
        if dtype is None:
            dtype = torch.get_default_dtype()
        if self.num_generated == 0:
            if n == 1:
                result = self._first_point.to(dtype)
            else:
                result, self.quasi = _draw(self.quasi, n - 1, self.sobolstate, self.num_generated, dtype)
                result = torch.cat((self._first_point.to(dtype), result), dim=-2)
        else:
            result, self.quasi = _draw(self.quasi, n, self.sobolstate, self.num_generated - 1, dtype)
        self.num_generated += n
        if out is not None:
            out.resize_as_(result).copy_(result)
            return out
        return result

    def draw_base2(self, m: int, out: _Optional[_Tensor] = None, dtype: _Optional[_dtypes.dtype] = None) -> _Tensor:
        r"""Draw the next :attr:`2**m` points, keeping the count drawn a power of 2."""
        n = 2**m
        total_n = self.num_generated + n
        if not (total_n & (total_n - 1) == 0):
            raise ValueError("The balance properties of Sobol' points require n to be a power of 2. "
                             f"{self.num_generated} points have been previously generated, then: "
                             f"n={self.num_generated}+2**{m}={total_n}. If you still want to do this, please use "
                             "'SobolEngine.draw()' instead.")
        return self.draw(n=n, out=out, dtype=dtype)

    def reset(self) -> SobolEngine:
        r"""Go back to the sequence's start."""
        self.quasi.copy_(self.shift)
        self.num_generated = 0
        return self

    def fast_forward(self, n: int) -> SobolEngine:
        r"""Skip :attr:`n` points, as drawing them would."""
        if self.num_generated == 0:
            _fast_forward(self.quasi, n - 1, self.sobolstate, self.num_generated)
        else:
            _fast_forward(self.quasi, n, self.sobolstate, self.num_generated - 1)
        self.num_generated += n
        return self

    def _scramble(self) -> None:
        generator = None
        if self.seed is not None:
            generator = torch.Generator()
            generator.manual_seed(self.seed)
        # the random bits in PyTorch's order: the shift first, then the matrices
        shift_ints = torch.randint(2, (self.dimension, self.MAXBIT), generator=generator)
        self.shift = _make((shift_ints._data << _np.arange(self.MAXBIT, dtype=_np.int64)).sum(axis=1), _dtypes.int64)
        ltm = torch.randint(2, (self.dimension, self.MAXBIT, self.MAXBIT), generator=generator).tril()
        _scramble_state(self.sobolstate, ltm)

    def __repr__(self) -> str:
        fmt_string = [f"dimension={self.dimension}"]
        if self.scramble:
            fmt_string += ["scramble=True"]
        if self.seed is not None:
            fmt_string += [f"seed={self.seed}"]
        return self.__class__.__name__ + "(" + ", ".join(fmt_string) + ")"


__getattr__ = _missing.module_getattr("torch.quasirandom")
__dir__ = _missing.module_dir("torch.quasirandom", globals())
