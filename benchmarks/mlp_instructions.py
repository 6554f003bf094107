"""The MLP step of ``mlp_parts.py`` counted in instructions, part by part, under valgrind's
callgrind: figures that do not depend on the neighbours' load (a wall-clock part moves by
±30-100 µs a round on this shared machine; these by a few hundred instructions).

    python benchmarks/mlp_instructions.py                            # this tree, 4 steps
    python benchmarks/mlp_instructions.py --trees /tmp/before . --steps 4

Each part (zero_grad, the first Linear, ReLU, the second Linear, the loss, backward, the
optimizer's step) is collected on its own: callgrind's client requests switch collection on
and off around it and write its count to a file of its own (``CALLGRIND_DUMP_STATS_AT``), the
warm-up steps and the start-up are not instrumented. The requests need a tiny C shim, built here
with ``cc`` against ``valgrind/callgrind.h`` (Debian's valgrind package has the header).
Counts are per step; under valgrind OpenBLAS runs its Haswell kernels (no AVX-512), so the
products' share is not what the machine runs, but the engine's own share is.
"""
from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PARTS = ("zero", "lin1", "relu", "lin2", "loss", "back", "step")
_SHIM = """#include <valgrind/callgrind.h>
void start(void) { CALLGRIND_START_INSTRUMENTATION; }
void toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
void dump(const char *part) { CALLGRIND_DUMP_STATS_AT(part); }
"""


def _steps(shim: str, steps: int) -> None:
    """Inside valgrind: warm up, then run ``steps`` steps with each part collected on its own."""
    import ctypes

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("AUTOGRAD_TUI_BLAS_THREADS", "1")
    requests = ctypes.CDLL(shim)
    import autograd_tui.engine as torch

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
    data = torch.randn(128, 784)
    target = torch.randint(0, 10, (128,))
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()
    values: dict = {}
    parts = (("zero", opt.zero_grad), ("lin1", lambda: values.update(h=model[0](data))),
             ("relu", lambda: values.update(r=model[1](values["h"]))),
             ("lin2", lambda: values.update(out=model[2](values["r"]))),
             ("loss", lambda: values.update(loss=loss_fn(values["out"], target))),
             ("back", lambda: values["loss"].backward()), ("step", opt.step))
    for _ in range(5):
        for _, run in parts:
            run()
    requests.start()
    for _ in range(steps):
        for name, run in parts:
            requests.toggle()
            run()
            requests.toggle()
            requests.dump(name.encode())


def _counts(out_dir: str, steps: int) -> dict:
    """Instructions per step of each part, from the dump files callgrind wrote."""
    totals: collections.Counter = collections.Counter()
    for path in Path(out_dir).iterdir():
        part = total = None
        for line in path.read_text().splitlines():
            if line.startswith("desc: Trigger: Client Request: "):
                part = line.rsplit(": ", 1)[1].strip()
            elif line.startswith(("totals:", "summary:")):
                total = int(line.split()[1])
        if part in PARTS and total is not None:
            totals[part] += total
    return {part: totals[part] / steps for part in PARTS}


def measure(tree: str, steps: int, shim: str) -> dict:
    with tempfile.TemporaryDirectory() as out_dir:
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no",
               f"--callgrind-out-file={out_dir}/out", sys.executable, os.path.abspath(__file__),
               "--inside", shim, "--steps", str(steps)]
        env = dict(os.environ, PYTHONPATH=tree, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1",
                   AUTOGRAD_TUI_BLAS_THREADS="1")
        subprocess.run(cmd, cwd=tree, env=env, check=True, capture_output=True)
        return _counts(out_dir, steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trees", nargs="+", default=["."], metavar="DIR", help="checkouts to count")
    parser.add_argument("--steps", type=int, default=4, help="steps counted after 5 warm-up steps")
    parser.add_argument("--inside", metavar="SHIM", help=argparse.SUPPRESS)  # the run under valgrind
    args = parser.parse_args()
    if args.inside:
        _steps(args.inside, args.steps)
        return 0
    with tempfile.TemporaryDirectory() as build:
        shim = os.path.join(build, "callgrind_requests.so")
        source = os.path.join(build, "callgrind_requests.c")
        Path(source).write_text(_SHIM)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", shim, source], check=True)
        for tree in args.trees:
            counts = measure(os.path.abspath(tree), args.steps, shim)
            parts = " ".join(f"{part} {counts[part]:,.0f}" for part in PARTS)
            print(f"{tree}: {parts} | step {sum(counts.values()):,.0f} instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
