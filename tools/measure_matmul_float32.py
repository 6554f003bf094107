"""How float32 matrix products add up in PyTorch (MKL), and how often the engine matches.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_matmul_float32.py                # match rates
    .venv-torch/bin/python tools/measure_matmul_float32.py --reveal 2 13 7 NT
    .venv-torch/bin/python tools/measure_matmul_float32.py --record       # write the test cases

Match rates: for random learner-sized shapes (every size in 1..--max-dim, standard normal
entries) and each operation and operand layout (N: as stored, T: a transposed view, as
nn.Linear's ``weight.t()``), the share of shapes and of elements where numpy's matmul (the
engine before ``parity/matmul.py``) and ``parity/matmul.py`` give PyTorch's bits, on one thread
and on two (this machine's default).

--reveal prints, for every output element of one product, the order in which MKL adds its k
terms: for each pair of terms (i, j) the product is run with term i = 2^40, term j = -2^40 and
every other term 1, so that the result counts the ones added after i and j met (the others are
absorbed by 2^40). That count gives the size of the smallest sub-sum holding both, which
rebuilds the tree of additions. Whether a term is fused into its sum (an FMA) is then told by
-1 + x*x with x = 1 + 2^-12 (2^-11 + 2^-24 fused, 2^-11 if the product is rounded first).

--record writes tests/data/matmul_cases.json: inputs from a formula (``case_inputs``), PyTorch's
outputs as float32 bits, for the cases tests/test_parity_matmul.py replays through the engine.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
from typing import Any, Callable

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "matmul_cases.json"
F32 = np.float32


def _load_parity() -> Any:
    """parity/matmul.py on its own (it needs only numpy; without the engine's OpenBLAS hook it
    sums fused chains in numpy, with the same result)."""
    path = ROOT / "autograd_tui" / "engine" / "parity" / "matmul.py"
    spec = importlib.util.spec_from_file_location("parity_matmul", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


PM = _load_parity()


def laid_out(x: np.ndarray, transposed: bool) -> np.ndarray:
    """``x`` itself, or the same values as the transposed view of a contiguous array."""
    return np.ascontiguousarray(x.T).T if transposed else x


# ---------------------------------------------------------------------------------------------
# Match rates
# ---------------------------------------------------------------------------------------------

def _operations() -> dict[str, Callable]:
    """name -> f(rng, m, k, n, layout) returning (torch's result, numpy's, the parity module's)."""
    def mm(rng, m, k, n, layout):
        a = laid_out(rng.standard_normal((m, k)).astype(F32), layout[0] == "T")
        b = laid_out(rng.standard_normal((k, n)).astype(F32), layout[1] == "T")
        threads = torch.get_num_threads()
        return torch.mm(torch.from_numpy(a), torch.from_numpy(b)).numpy(), a @ b, PM.product(a, b, threads)

    def addmm(rng, m, k, n, layout):
        a = laid_out(rng.standard_normal((m, k)).astype(F32), layout[0] == "T")
        b = laid_out(rng.standard_normal((k, n)).astype(F32), layout[1] == "T")
        bias = rng.standard_normal(n).astype(F32)
        expected = torch.addmm(torch.from_numpy(bias), torch.from_numpy(a), torch.from_numpy(b)).numpy()
        return expected, bias + a @ b, PM.product(a, b, torch.get_num_threads(), bias)

    def mv(rng, m, k, n, layout):
        a = laid_out(rng.standard_normal((m, k)).astype(F32), layout[0] == "T")
        x = rng.standard_normal(k).astype(F32)
        return torch.mv(torch.from_numpy(a), torch.from_numpy(x)).numpy(), a @ x, PM.matrix_vector(a, x)

    def dot(rng, m, k, n, layout):
        x, y = rng.standard_normal(k).astype(F32), rng.standard_normal(k).astype(F32)
        expected = np.array([torch.dot(torch.from_numpy(x), torch.from_numpy(y)).item()], F32)
        return expected, np.array([np.dot(x, y)], F32), np.array([PM.dot(x, y)], F32)

    def bmm(rng, m, k, n, layout):
        count = int(rng.integers(1, 5))
        a = rng.standard_normal((count, m, k)).astype(F32)
        b = rng.standard_normal((count, k, n)).astype(F32)
        if layout[1] == "T":
            b = np.ascontiguousarray(b.transpose(0, 2, 1)).transpose(0, 2, 1)
        expected = torch.bmm(torch.from_numpy(a), torch.from_numpy(b)).numpy()
        return expected, np.matmul(a, b), PM.batched(a, b, torch.get_num_threads())

    return {"mm": mm, "addmm": addmm, "mv": mv, "dot": dot, "bmm": bmm}


LAYOUTS = {"mm": ["NN", "NT", "TN", "TT"], "addmm": ["NN", "NT"], "mv": ["NN", "TN"], "dot": ["NN"],
           "bmm": ["NN", "NT"]}


def rates(shapes: int, max_dim: int, seed: int) -> None:
    print(f"torch {torch.__version__}; {shapes} random shapes per row, sizes 1..{max_dim}, "
          f"standard normal inputs. shapes exact / elements exact")
    print(f"{'op':6} {'layout':6} {'threads':7} {'numpy (before)':>22} {'parity/matmul.py':>22}")
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for name, operation in _operations().items():
            for layout in LAYOUTS[name]:
                rng = np.random.default_rng(seed)
                hits = {"numpy": [0, 0], "parity": [0, 0]}
                elements = 0
                for _ in range(shapes):
                    m, k, n = (int(v) for v in rng.integers(1, max_dim + 1, 3))
                    expected, before, after = operation(rng, m, k, n, layout)
                    elements += expected.size
                    for key, got in (("numpy", before), ("parity", after)):
                        same = got.view(np.uint32) == expected.view(np.uint32)
                        hits[key][0] += int(same.all())
                        hits[key][1] += int(same.sum())
                cells = [f"{h[0] / shapes:10.1%} {h[1] / elements:10.2%}" for h in hits.values()]
                print(f"{name:6} {layout:6} {threads:7} {cells[0]:>22} {cells[1]:>22}")


# ---------------------------------------------------------------------------------------------
# Revealing the order
# ---------------------------------------------------------------------------------------------

BIG = F32(2.0 ** 20)  # term = BIG * BIG = 2^40 absorbs every sum of ones


def _run(a: np.ndarray, b: np.ndarray, layout: str) -> np.ndarray:
    return torch.mm(torch.from_numpy(laid_out(a, layout[0] == "T")),
                    torch.from_numpy(laid_out(b, layout[1] == "T"))).numpy()


def _tree(k: int, size: np.ndarray) -> Any:
    """Nested pairs from size[i, j], the number of terms in the smallest sub-sum holding i, j."""
    owner = list(range(k))
    members: dict[int, tuple] = {i: (i,) for i in range(k)}
    trees: dict[int, Any] = {i: i for i in range(k)}
    pairs = sorted((size[i, j], i, j) for i in range(k) for j in range(i + 1, k))
    fresh = k
    for _, i, j in pairs:
        left, right = sorted((owner[i], owner[j]), key=lambda c: min(members[c]))
        if left == right:
            continue
        members[fresh] = members.pop(left) + members.pop(right)
        trees[fresh] = (trees.pop(left), trees.pop(right))
        for leaf in members[fresh]:
            owner[leaf] = fresh
        fresh += 1
    return trees[owner[0]]


def _show(tree: Any) -> str:
    """A left-leaning chain as seq[...], runs of consecutive terms as a..b."""
    if isinstance(tree, int):
        return str(tree)
    chain = []
    while isinstance(tree, tuple):
        chain.append(tree[1])
        tree = tree[0]
    chain.append(tree)
    parts = [_show(t) for t in reversed(chain)]
    out: list[str] = []
    for part in parts:
        last = out[-1].split("..")[-1] if out else ""
        if part.isdigit() and last.isdigit() and int(last) + 1 == int(part):
            out[-1] = out[-1].split("..")[0] + ".." + part
        else:
            out.append(part)
    return "seq[" + ", ".join(out) + "]"


def reveal(m: int, k: int, n: int, layout: str) -> None:
    sizes = np.zeros((m, n, k, k), int)
    for i in range(k):
        for j in range(i + 1, k):
            a, b = np.ones((m, k), F32), np.ones((k, n), F32)
            a[:, i], a[:, j], b[i, :], b[j, :] = BIG, -BIG, BIG, BIG
            sizes[:, :, i, j] = sizes[:, :, j, i] = k - _run(a, b, layout).astype(int)
    x = F32(1 + 2 ** -12)
    fused = np.zeros((m, n, k), bool)
    for p in range(1, k):
        a, b = np.zeros((m, k), F32), np.zeros((k, n), F32)
        a[:, p - 1], b[p - 1, :], a[:, p], b[p, :] = -1, 1, x, x
        fused[:, :, p] = _run(a, b, layout) == F32(2 ** -11 + 2 ** -24)
    groups: dict[str, list] = {}
    for i in range(m):
        for j in range(n):
            marks = "".join("F" if f else "." for f in fused[i, j, 1:])
            groups.setdefault(f"{_show(_tree(k, sizes[i, j]))}  fused after the previous term: {marks}",
                              []).append((i, j))
    for text, elements in groups.items():
        print(text, elements if len(elements) <= 12 else f"{len(elements)} elements, e.g. {elements[:6]}")


# ---------------------------------------------------------------------------------------------
# Recorded cases for the tests
# ---------------------------------------------------------------------------------------------

def case_inputs(seed: int, shape: tuple) -> np.ndarray:
    """Reproducible float32 inputs without a random generator: an integer hash scaled to
    [-2, 2), every value exact in float32 (tests/test_parity_matmul.py has the same formula)."""
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return (v.astype(np.float64) / (1 << 22) - 2.0).astype(F32).reshape(shape)


# (op, layout, (m, k, n) or (batch, m, k, n)): learners' shapes and every measured kernel.
CASES = [
    ("mm", lay, s) for lay in ("NN", "NT", "TN", "TT") for s in
    [(2, 2, 2), (3, 4, 5), (16, 3, 4), (4, 8, 12), (7, 30, 11), (1, 13, 7), (1, 22, 16),
     (8, 13, 1), (7, 22, 1), (1, 37, 1), (2, 51, 26), (4, 300, 12), (3, 40, 9)]
] + [
    # Two threads give the last m % 4 rows to the small kernel (not known for TT).
    ("mm", lay, s) for lay in ("NN", "NT", "TN") for s in [(5, 20, 16), (6, 10, 32), (10, 2, 120)]
] + [
    ("addmm", lay, s) for lay in ("NN", "NT") for s in
    [(16, 3, 4), (4, 2, 1), (100, 2, 1), (64, 10, 32), (1, 18, 1), (2, 13, 7), (9, 20, 24), (5, 200, 13)]
] + [
    ("mv", lay, s) for lay in ("NN", "TN") for s in [(50, 2, 1), (10, 3, 1), (1, 13, 1), (7, 30, 1), (3, 21, 1)]
] + [
    ("dot", "NN", (1, k, 1)) for k in (3, 4, 5, 8, 13, 16, 22, 70, 100)
] + [
    # The first operand a row slice (x[i:i + b] of a batch) starting `offset` elements later:
    # where its rows and the vector start decides MKL's peeled terms.
    ("mm", "NN", (7, 18, 1), 1), ("mm", "NN", (5, 13, 1), 2), ("mm", "NN", (9, 22, 1), 3),
    ("addmm", "NT", (5, 7, 1), 3), ("addmm", "NT", (5, 7, 3), 1), ("addmm", "NT", (6, 9, 16), 2),
    ("mv", "NN", (6, 21, 1), 2), ("mm", "NT", (1, 30, 9), 3)
] + [
    ("bmm", lay, s) for lay in ("NN", "NT") for s in [(2, 3, 4, 5), (3, 8, 16, 8), (2, 9, 30, 29), (4, 5, 8, 13)]
]


def case_operand(seed: int, shape: tuple, offset: int) -> np.ndarray:
    """``case_inputs`` of ``shape`` starting ``offset`` elements into a buffer (a row slice)."""
    count = int(np.prod(shape))
    return case_inputs(seed, (count + offset,))[offset:].reshape(shape)


def _case_result(op: str, layout: str, shape: tuple, seed: int, offset: int = 0) -> np.ndarray:
    if op == "bmm":
        count, m, k, n = shape
        a = torch.from_numpy(case_inputs(seed, (count, m, k)))
        b_data = case_inputs(seed + 1, (count, k, n))
        if layout[1] == "T":
            b_data = np.ascontiguousarray(b_data.transpose(0, 2, 1)).transpose(0, 2, 1)
        return torch.bmm(a, torch.from_numpy(b_data)).numpy()
    m, k, n = shape
    a = torch.from_numpy(laid_out(case_operand(seed, (m, k), offset), layout[0] == "T"))
    if op == "dot":
        return np.array([torch.dot(a[0], torch.from_numpy(case_inputs(seed + 1, (k,)))).item()], F32)
    if op == "mv":
        return torch.mv(a, torch.from_numpy(case_inputs(seed + 1, (k,)))).numpy()
    b = torch.from_numpy(laid_out(case_inputs(seed + 1, (k, n)), layout[1] == "T"))
    if op == "addmm":
        return torch.addmm(torch.from_numpy(case_inputs(seed + 2, (n,))), a, b).numpy()
    return torch.mm(a, b).numpy()


def record() -> None:
    cases = []
    for number, (op, layout, shape, *offset) in enumerate(CASES):
        for threads in (1, 2):
            torch.set_num_threads(threads)
            out = np.ascontiguousarray(_case_result(op, layout, shape, number, *offset), F32)
            cases.append({"op": op, "layout": layout, "shape": list(shape), "seed": number,
                          "offset": offset[0] if offset else 0, "threads": threads,
                          "output": out.tobytes().hex()})
    data = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "cases": cases}
    OUT.write_text(json.dumps(data, indent=0) + "\n", "utf-8")
    print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", type=int, default=300)
    parser.add_argument("--max-dim", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reveal", nargs=4, metavar=("M", "K", "N", "LAYOUT"))
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    if args.reveal:
        torch.set_num_threads(1)
        m, k, n = (int(v) for v in args.reveal[:3])
        reveal(m, k, n, args.reveal[3])
    elif args.record:
        record()
    else:
        rates(args.shapes, args.max_dim, args.seed)


if __name__ == "__main__":
    main()
