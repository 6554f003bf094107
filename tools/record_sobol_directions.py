"""Record the Sobol direction numbers of ``torch.quasirandom.SobolEngine`` from PyTorch 2.13 into
``autograd_tui/engine/sobol_directions.bin``, the compact form the engine derives them from.

Run with the oracle: ``/work/main/.venv-torch/bin/python tools/record_sobol_directions.py``.

PyTorch initialises ``SobolEngine.sobolstate`` (dimension x 30 int64) from Joe and Kuo's table: for
each dimension a primitive polynomial ``p`` of degree ``s`` and ``s`` odd initial values ``m_i <
2**i``; every later value follows Bratley and Fox's recurrence, and column ``i`` is scaled by
``2**(29 - i)``. This tool reads ``sobolstate`` back, recovers ``s``, ``p`` and the initial values
(the smallest degree whose recurrence reproduces all 30 values), checks that they rebuild the whole
state, and writes only them, bit-packed:

* two bytes, big-endian: how many dimensions the file covers (dimension 1 is all ones, not stored);
* then, most significant bit first, for each further dimension: ``s`` in 5 bits, the inner
  coefficients of ``p`` (bits ``s-1 .. 1``; the top and constant terms are always 1) in ``s - 1``
  bits, and each ``m_i >> 1`` (``m_i`` is odd and below ``2**i``) in ``i - 1`` bits.

All 21201 dimensions take 394 KB in this form (the values are a search's output: nothing to
compress); the default, ``--dimensions 1111``, takes 11 KB and covers PyTorch's own former limit.
"""
from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "autograd_tui" / "engine" / "sobol_directions.bin"
MAXBIT = 30


def expand(initial: list[int], poly: int) -> list[int]:
    """The 30 direction values (before scaling) from the initial ones, as PyTorch's initialiser."""
    degree = len(initial)
    row = list(initial)
    for j in range(degree, MAXBIT):
        value = row[j - degree]
        for k in range(degree):
            if (poly >> (degree - 1 - k)) & 1:
                value ^= row[j - k - 1] << (k + 1)
        row.append(value)
    return row


def recover(row: list[int]) -> tuple[int, int]:
    """(degree, polynomial) whose recurrence rebuilds ``row``: the coefficients solved bit by bit
    (term ``k`` is an odd value shifted by ``k + 1``, so bit ``k + 1`` decides it)."""
    for degree in range(1, MAXBIT):
        rest = row[degree] ^ row[0]
        coefficients = 0
        for k in range(degree):
            if (rest >> (k + 1)) & 1:
                rest ^= row[degree - k - 1] << (k + 1)
                coefficients |= 1 << (degree - 1 - k)
        poly = (1 << degree) | coefficients
        if rest == 0 and expand(row[:degree], poly) == row:
            return degree, poly
    raise ValueError(f"no recurrence rebuilds {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dimensions", type=int, default=1111)
    args = parser.parse_args()
    import torch

    state = torch.quasirandom.SobolEngine(args.dimensions).sobolstate.tolist()
    bits: list[str] = []
    for d, scaled in enumerate(state):
        row = [value >> (MAXBIT - 1 - i) for i, value in enumerate(scaled)]
        assert [value << (MAXBIT - 1 - i) for i, value in enumerate(row)] == scaled
        if d == 0:
            assert row == [1] * MAXBIT
            continue
        degree, poly = recover(row)
        assert poly & 1 and all(value & 1 for value in row[:degree])
        bits.append(format(degree, "05b"))
        if degree > 1:
            bits.append(format((poly >> 1) & ((1 << (degree - 1)) - 1), f"0{degree - 1}b"))
        bits.extend(format(value >> 1, f"0{i}b") for i, value in enumerate(row[:degree]) if i)
    stream = "".join(bits)
    stream += "0" * (-len(stream) % 8)
    data = args.dimensions.to_bytes(2, "big") + int(stream, 2).to_bytes(len(stream) // 8, "big")
    OUT.write_bytes(data)
    print(f"{OUT.name}: {args.dimensions} dimensions, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
