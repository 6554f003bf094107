"""Check the engine's float32 tanh against live PyTorch, bit for bit, by range or on every float32.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_float32_tanh.py               # 10**6 inputs per range
    .venv-torch/bin/python tools/check_float32_tanh.py --every 0 10  # every float32 in [0, 10), both signs
    .venv-torch/bin/python tools/check_float32_tanh.py --every-bit-pattern  # all 2**32 (a few minutes)
    .venv-torch/bin/python tools/check_float32_tanh.py --timing      # microseconds per call
    .venv-torch/bin/python tools/check_float32_tanh.py --record      # write the test cases

Each line gives the share of inputs where ``float32_math.tanh`` (the engine) and the correctly
rounded value (what the engine computed before) give exactly PyTorch's bits (NaN equals NaN), and
the first few inputs that differ. --record writes tests/data/float32_tanh_cases.json: inputs
where the correctly rounded value is not PyTorch's (the hard cases, from every piece of the fit,
both signs) and a sample of ordinary ones, each with PyTorch's output; fixed seeds, so reruns give
the same file.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity import float32_math  # noqa: E402  (after the path is set)

F32 = np.float32
CHUNK = 1 << 24
CASES = ROOT / "tests" / "data" / "float32_tanh_cases.json"


def torch_tanh(x: np.ndarray) -> np.ndarray:
    return torch.tanh(torch.from_numpy(np.ascontiguousarray(x, F32))).numpy()


def correctly_rounded(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return np.tanh(x.astype(np.float64)).astype(F32)


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def ranges(size: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(4)
    return {
        "uniform [-10, 10]": rng.uniform(-10, 10, size).astype(F32),
        "uniform [-100, 100]": rng.uniform(-100, 100, size).astype(F32),
        "normal": rng.standard_normal(size).astype(F32),
        "normal * 3": (3 * rng.standard_normal(size)).astype(F32),
        "|x| < 1e-3": rng.uniform(-1e-3, 1e-3, size).astype(F32),
        "uniform [4, 5]": rng.uniform(4, 5, size).astype(F32),
        "edges [-20, 20]": rng.uniform(-20, 20, size).astype(F32),
        "random bits": rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32).view(F32),
        "specials": np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 2.0**-12, -(2.0**-12), 10.0, -10.0,
                              np.nextafter(F32(10), F32(0)), np.nextafter(F32(2**-12), F32(0)), 1e-45,
                              -1e-45, 1e-38, 3.4e38, -3.4e38, 9.0, 9.01, 9.1], F32),
    }


def compare(label: str, x: np.ndarray) -> tuple[int, int]:
    expected = torch_tanh(x)
    got = float32_math.tanh(x)
    ok = same_bits(got, expected)
    before = same_bits(correctly_rounded(x), expected).mean()
    print(f"{label:28} {x.size:11d}  engine {100 * ok.mean():9.5f}%  before {100 * before:9.5f}%", flush=True)
    if not ok.all():
        bad = x[~ok][:5]
        print("   differs at", [float(v) for v in bad], "torch", [float(v) for v in expected[~ok][:5]],
              "engine", [float(v) for v in got[~ok][:5]])
    return int((~ok).sum()), x.size


def every(low_bits: int, high_bits: int, label: str) -> None:
    """Every bit pattern in [low_bits, high_bits), in chunks (positive and negative are separate calls)."""
    wrong = total = 0
    for start in range(low_bits, high_bits, CHUNK):
        x = np.arange(start, min(high_bits, start + CHUNK), dtype=np.uint32).view(F32)
        ok = same_bits(float32_math.tanh(x), torch_tanh(x))
        wrong += int((~ok).sum())
        total += x.size
        if not ok.all():
            print("   differs at", [float(v) for v in x[~ok][:5]], flush=True)
    print(f"{label:40} {total:11d} inputs, {wrong} differ ({100 * (1 - wrong / total):.7f}% exact)", flush=True)


def timing() -> None:
    rng = np.random.default_rng(3)
    print(f"{'size':>8} {'np.tanh f32':>12} {'before':>10} {'engine':>10}   (microseconds per call)")
    for n in (10, 1000, 10**5):
        x = rng.uniform(-5, 5, n).astype(F32)
        repeats = 300 if n <= 1000 else 20

        def cost(fn, x=x, repeats=repeats) -> float:
            times = []
            for _ in range(repeats):
                start = time.process_time()
                fn(x)
                times.append(time.process_time() - start)
            return 1e6 * float(np.median(times))

        print(f"{n:8d} {cost(np.tanh):12.1f} {cost(correctly_rounded):10.1f} {cost(float32_math.tanh):10.1f}")


def record(hard_count: int = 3000) -> None:
    rng = np.random.default_rng(12)
    x = np.exp2(rng.uniform(-13, np.log2(12), 1 << 23)).astype(F32)
    hard = x[~same_bits(correctly_rounded(x), torch_tanh(x))]
    hard = rng.choice(hard, min(hard_count, hard.size), replace=False)
    ordinary = (rng.standard_normal(1000) * 3).astype(F32)
    inputs = np.concatenate([ranges(0)["specials"], hard, -hard[::7], ordinary]).astype(F32)
    outputs = torch_tanh(inputs)
    data = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "hard_cases": int(hard.size + hard[::7].size),
            "inputs": inputs.astype("<f4").tobytes().hex(), "outputs": outputs.astype("<f4").tobytes().hex()}
    CASES.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(f"wrote {CASES.relative_to(ROOT)}: {inputs.size} cases, {data['hard_cases']} where the correctly "
          f"rounded value differs from PyTorch")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10**6, help="inputs per range")
    parser.add_argument("--every", type=float, nargs=2, metavar=("LOW", "HIGH"),
                        help="every float32 x with LOW <= |x| < HIGH (LOW >= 0), both signs")
    parser.add_argument("--every-bit-pattern", action="store_true", help="all 2**32 float32 bit patterns")
    parser.add_argument("--timing", action="store_true", help="cost per call")
    parser.add_argument("--record", action="store_true", help="write the test cases")
    args = parser.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, CPU capability {torch.backends.cpu.get_cpu_capability()}")
    if args.timing:
        timing()
    elif args.record:
        record()
    elif args.every_bit_pattern:
        every(0, 2**31, "every non-negative bit pattern")
        every(2**31, 2**32, "every negative bit pattern")
    elif args.every:
        low, high = (int(F32(v).view(np.uint32)) for v in args.every)
        every(low, high, f"every float32 in [{args.every[0]}, {args.every[1]})")
        every(low | 2**31, high | 2**31, f"every float32 in (-{args.every[1]}, -{args.every[0]}]")
    else:
        for label, x in ranges(args.size).items():
            compare(label, x)


if __name__ == "__main__":
    main()
