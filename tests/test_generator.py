"""The random generator must reproduce PyTorch 2.13's CPU generator bit for bit.

Every expected result in tests/data/rng_cases.json was produced by real PyTorch
(tools/record_rng_cases.py); none is typed by hand. PyTorch is not needed here.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import pathlib
import random
from fractions import Fraction

import numpy as np
import pytest

from autograd_tui.engine.parity import generator as rng

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "rng_cases.json").read_text("utf-8"))
CASES = DATA["cases"]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _expand(template, args: dict):
    if isinstance(template, list):
        return [_expand(item, args) for item in template]
    if isinstance(template, dict):
        return {key: _expand(value, args) for key, value in template.items()}
    if isinstance(template, str) and template.startswith("$"):
        return args[template[1:]]
    return template


def _ops(case: dict) -> list[dict]:
    if "program" in case:
        return _expand(DATA["programs"][case["program"]], case["args"])
    return case["ops"]


def _encode(array: np.ndarray, op: dict) -> str:
    """The result as the recorder wrote PyTorch's, after checking its dtype and shape."""
    assert isinstance(array, np.ndarray)
    assert array.dtype == np.dtype(op["dtype"]), (array.dtype, op)
    expected_shape = (op["n"],) if op["op"] == "randperm" else tuple(op["shape"])
    assert array.shape == expected_shape, (array.shape, op)
    data = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
    return "hex:" + data.hex() if array.size <= 8 else "sha256:" + _digest(data)


def _run(g: rng.Generator, op: dict):
    kind = op["op"]
    shape = tuple(op.get("shape", ()))
    dtype = np.dtype(op["dtype"]) if "dtype" in op else None
    if kind == "seed":
        g.manual_seed(op["seed"])
        return None
    if kind == "initial_seed":
        return g.initial_seed()
    if kind == "get_state":
        return "sha256:" + _digest(g.get_state_bytes())
    if kind == "set_state":
        g.set_state_bytes(base64.b64decode(op["state_b64"]))
        return None
    if kind == "rand":
        out = g.rand(shape, dtype)
    elif kind == "randn":
        out = g.randn(shape, dtype)
    elif kind == "uniform":
        out = g.uniform(shape, op["low"], op["high"], dtype)
    elif kind == "normal":
        out = g.normal(shape, op["mean"], op["std"], dtype, contiguous=op.get("contiguous", True))
    elif kind == "randint":
        out = g.randint(op["low"], op["high"], shape, dtype)
    elif kind == "random_":
        out = g.random_(shape, dtype, op["low"], op["high"])
    elif kind == "randperm":
        out = g.randperm(op["n"], dtype)
    elif kind == "bernoulli":
        if "p_hex" in op:
            p_dtype = np.dtype(op["p_dtype"])
            p = np.frombuffer(bytes.fromhex(op["p_hex"]), p_dtype.newbyteorder("<"))
            p = p.astype(p_dtype).reshape(op["p_shape"])
        else:
            p = op["p"]
        out = g.bernoulli(p, shape, dtype)
    else:
        raise AssertionError(f"unknown op {kind}")
    return _encode(out, op)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_matches_pytorch(case):
    # Like the recorder: torch's default generator, or a new torch.Generator() object.
    g = rng.default_generator if case["global"] else rng.Generator()
    for index, (op, expected) in enumerate(zip(_ops(case), case["results"])):
        where = f"op {index}: {op}"
        if isinstance(expected, str) and expected.startswith("error:"):
            kind, _, message = expected[len("error:"):].partition(": ")
            with pytest.raises(Exception) as caught:
                _run(g, op)
            assert type(caught.value).__name__ == kind, where
            assert str(caught.value) == message, where
        else:
            assert _run(g, op) == expected, where
    assert _digest(g.get_state_bytes()) == case["state"], "generator state after the last op"


# --- the pieces, checked on their own -----------------------------------------------------


def _reference_mt19937(seed: int, count: int) -> list[int]:
    """A deliberately plain MT19937 (one word at a time), to check the bulk engine against."""
    state = [seed & 0xFFFFFFFF]
    for i in range(1, 624):
        state.append((1812433253 * (state[-1] ^ (state[-1] >> 30)) + i) & 0xFFFFFFFF)
    out, index = [], 624
    for _ in range(count):
        if index == 624:
            for i in range(624):
                y = (state[i] & 0x80000000) | (state[(i + 1) % 624] & 0x7FFFFFFF)
                state[i] = state[(i + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            index = 0
        y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        out.append(y)
    return out


@pytest.mark.parametrize("seed", [0, 1, 5489, 2**32 + 7, 2**64 - 1])
def test_bulk_twister_matches_reference(seed):
    engine = rng._MersenneTwister(seed)
    words = np.concatenate([engine.words32(5), engine.words32(1300), engine.words32(1)])
    assert words.tolist() == _reference_mt19937(seed, 1306)


def test_64_bit_draws_put_the_first_word_high():
    a, b = rng._MersenneTwister(3), rng._MersenneTwister(3)
    words = b.words32(6).astype(np.uint64)
    assert a.words64(3).tolist() == ((words[0::2] << np.uint64(32)) | words[1::2]).tolist()


def _exact_fma(a: float, b: float, c: float) -> Fraction:
    return Fraction(a) * Fraction(b) + Fraction(c)


def _round_to_float32(value: Fraction) -> np.float32:
    """value rounded once to float32, ties to even (going through float64 would round twice)."""
    guess = np.float32(float(value))
    candidates = [np.nextafter(guess, np.float32(-np.inf)), guess, np.nextafter(guess, np.float32(np.inf))]
    return min(candidates, key=lambda x: (abs(Fraction(float(x)) - value),
                                          int(np.array(x).view(np.uint32)) & 1))


def test_fma32_rounds_once():
    rs = np.random.default_rng(0)
    a = rs.standard_normal(5000).astype(np.float32)
    b = rs.standard_normal(5000).astype(np.float32)
    c = rs.standard_normal(5000).astype(np.float32) * np.float32(1e-3)
    # A sum that float64 rounds exactly onto a float32 halfway point, while the true sum lies
    # just below it: rounding twice gives the wrong neighbour here.
    f = np.float32
    tie = (f(2.0**-12 * (1 + 2.0**-23)), f(2.0**-12 * (1 - 2.0**-23)), f(1 + 2.0**-23))
    a = np.append(a, [tie[0], -tie[0]])
    b = np.append(b, [tie[1], tie[1]])
    c = np.append(c, [tie[2], -tie[2]])
    got = rng._fma32(a, b, c)
    for x, y, z, r in zip(a.tolist(), b.tolist(), c.tolist(), got):
        assert r == _round_to_float32(_exact_fma(x, y, z)), (x, y, z)
    assert got[-2] == tie[2] and got[-1] == -tie[2]


def test_fma64_rounds_once():
    rs = random.Random(1)
    values = []
    for _ in range(3000):
        a, b = rs.uniform(-4, 4), rs.uniform(-4, 4)
        c = -a * b * (1 + rs.choice([0.0, 2.0**-52, -(2.0**-53), 1e-9]))  # cancellation
        values.append((a, b, c))
    a, b, c = (np.array(column) for column in zip(*values))
    got = rng._fma64(a, b, c)
    for (x, y, z), r in zip(values, got.tolist()):
        exact = _exact_fma(x, y, z)
        near = float(exact)  # Fraction -> float rounds correctly
        assert r == near, (x, y, z)


def test_cephes_functions_are_close_to_the_true_ones():
    # Not a parity check (that is the recorded cases' job): a guard that the polynomials are
    # wired up right, for a reader changing them.
    x = np.linspace(2.0**-24, 1.0, 10001, dtype=np.float32)
    assert np.max(np.abs(rng._log_f32(x) - np.log(x.astype(np.float64)))) < 2e-6
    theta = np.linspace(0.0, 2 * math.pi, 10001, dtype=np.float32)
    sine, cosine = rng._sincos_f32(theta)
    assert np.max(np.abs(sine - np.sin(theta.astype(np.float64)))) < 1e-6
    assert np.max(np.abs(cosine - np.cos(theta.astype(np.float64)))) < 1e-6


def test_state_round_trip_mid_block_and_with_cached_normal():
    g = rng.Generator().manual_seed(2024)
    g.randn((3,), np.float64)  # leaves a cached normal value
    g.rand((1000,), np.float32)
    saved = g.get_state_bytes()
    first = (g.randn((5,), np.float32), g.randint(0, 100, (7,)))
    g.manual_seed(1)
    g.set_state_bytes(saved)
    assert g.get_state_bytes() == saved
    again = (g.randn((5,), np.float32), g.randint(0, 100, (7,)))
    assert all(np.array_equal(x, y) for x, y in zip(first, again))


def test_set_state_rejects_wrong_sizes():
    with pytest.raises(RuntimeError, match="CPUGeneratorImplState of size 5056"):
        rng.Generator().set_state_bytes(b"\0" * 10)


def test_seeds():
    assert rng.Generator().initial_seed() == rng.DEFAULT_SEED == 67280421310721
    g = rng.Generator()
    new_seed = g.seed()
    assert g.initial_seed() == new_seed and 0 <= new_seed < 2**64
    assert isinstance(rng.default_generator.initial_seed(), int)


def test_large_uniform_is_vectorised():
    # kaiming_uniform_ of a resnet-sized model draws millions of values: no per-element Python.
    g = rng.Generator().manual_seed(0)
    out = g.uniform((2_000_000,), -0.05, 0.05, np.float32)
    assert out.dtype == np.float32 and out.min() >= -0.05 and out.max() < 0.05


def test_multinomial_without_replacement_takes_every_positive_weight_before_any_zero():
    import autograd_tui.engine as torch

    g = torch.Generator().manual_seed(3)
    for n in (3, 17, 130, 300):  # nth_element below 64 * k <= n, partial_sort from there
        weights = torch.zeros(4, n)
        weights[:, ::5] = torch.rand(4, len(range(0, n, 5)), generator=g) + 0.1
        k = min(n, len(range(0, n, 5)) + 3)
        drawn = torch.multinomial(weights, k, generator=g)
        positive = len(range(0, n, 5))
        for row in drawn.tolist():
            assert len(set(row)) == k
            assert all(i % 5 == 0 for i in row[:positive]) and all(i % 5 for i in row[positive:])


def test_multinomial_with_replacement_checks_a_row_only_when_it_is_reached():
    import autograd_tui.engine as torch

    g = torch.Generator().manual_seed(4)
    start = g.get_state()
    with pytest.raises(RuntimeError, match="encountering probability entry < 0"):
        torch.multinomial(torch.tensor([[1.0, 1.0], [float("nan"), 1.0]]), 2, True, generator=g)
    assert not torch.equal(start, g.get_state())  # the first row drew before the second failed
    g.set_state(start)
    with pytest.raises(RuntimeError, match="entry = infinity or NaN"):
        torch.multinomial(torch.tensor([[float("inf"), -1.0]]), 2, True, generator=g)
    assert torch.equal(start, g.get_state())
