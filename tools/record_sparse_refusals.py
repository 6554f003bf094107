#!/usr/bin/env python3
"""Record real PyTorch's errors for the Tensor methods and ``torch`` functions it refuses on a sparse COO tensor.

    /work/main/.venv-torch/bin/python tools/record_sparse_refusals.py

Writes ``autograd_tui/engine/sparse_refusals.json.xz`` (xz-compressed JSON: each dispatcher message lists
every kernel registration, 14 kB a message, 2.8 MB in all): ``{key: [exception type, message]}`` for
each public method of ``torch.Tensor`` called on a small float32 sparse tensor with no argument, a
dense tensor, an int, a float or two ints (an operator: with another sparse tensor), and for each
function in ``FUNCTIONS`` called with the sparse tensor first, whenever PyTorch raises in words that do
not depend on the argument's value (``kept``). The key is the
name for the call without arguments, else ``name(kind)`` after the kind of the first argument
(``clamp_min_(tensor)``, ``clamp_min_(float)``); ``strided:name`` for a sparse-only method called on a
dense tensor (``STRIDED``): the dispatcher's ``Could not run 'aten::…' with
arguments from the 'SparseCPU' backend`` names the overload it found and lists that op's backends,
so the words cannot be made up. ``engine/sparse_tensor.py``'s ``refusal`` reads them from here. A
call PyTorch accepts is not listed (the engine says it lacks such an op, if it does).
"""
from __future__ import annotations

import json
import lzma
import pathlib
import warnings

import torch

OUT = pathlib.Path(__file__).resolve().parents[1] / "autograd_tui" / "engine" / "sparse_refusals.json.xz"
# Not called: they act on the process, other devices or the autograd graph, not on the tensor's layout.
SKIPPED = {"backward", "register_hook", "register_post_accumulate_grad_hook", "share_memory_", "pin_memory",
           "cuda", "xpu", "mps", "ipu", "hpu", "mtia", "to_mkldnn", "set_", "resize_", "resize_as_", "retain_grad",
           "requires_grad_", "apply_", "map_", "map2_", "record_stream", "module_load", "tolist", "numpy",
           "storage", "untyped_storage", "data_ptr", "new", "new_tensor", "new_empty", "new_zeros", "new_ones",
           "new_full", "new_empty_strided", "dim_order", "detach_"}
OPERATORS = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__pow__", "__rpow__", "__truediv__",
             "__floordiv__", "__mod__", "__and__", "__or__", "__xor__", "__matmul__", "__rsub__"]
FUNCTIONS = ["exp", "log", "sigmoid", "tanh", "relu", "softmax", "log_softmax", "mean", "max", "min", "argmax",
             "cat", "stack", "matmul", "bmm", "mv", "dot", "norm", "clamp", "where", "flatten", "reshape",
             "squeeze", "unsqueeze", "transpose", "permute", "exp_", "cumsum", "prod", "std", "var", "sort",
             "topk", "equal", "allclose", "isclose", "maximum", "minimum", "outer", "diag", "trace",
             "masked_fill", "gather", "index_select", "nonzero", "argsort", "logsumexp", "erf", "square",
             "clone", "zeros_like", "ones_like", "full_like", "rand_like", "randn_like", "empty_like",
             "linalg.vector_norm", "linalg.norm", "nn.functional.relu", "nn.functional.softmax"]
# Sparse-only methods, called on a dense tensor: recorded as "strided:<name>"
STRIDED = ["coalesce", "indices", "values", "_indices", "_values", "is_coalesced", "_nnz"]
# The arguments tried after the sparse tensor, by kind (the key's suffix)
ATTEMPTS = {"": (), "(tensor)": ("dense",), "(int)": (0,), "(float)": (1.0,), "(int, int)": (0, 1)}
OPERATOR_ATTEMPTS = {"(tensor)": ("sparse",)}


def sparse() -> torch.Tensor:
    return torch.sparse_coo_tensor([[0, 1, 1], [2, 0, 2]], [3.0, 4.0, 5.0], (2, 3))


def outcomes(call, attempts: dict) -> dict:
    """The error of each kind of arguments PyTorch's parser takes that fails on a sparse tensor."""
    found = {}
    for kind, args in attempts.items():
        args = tuple(torch.ones(2, 3) if a == "dense" else sparse() if a == "sparse" else a for a in args)
        try:
            call(sparse(), args)
        except TypeError as e:
            if "argument" in str(e) or "takes" in str(e) or "must be" in str(e) or "unhashable" in str(e):
                continue  # the parser's (or Python's) refusal of these arguments
            found[kind] = ["TypeError", str(e)]
        except (RuntimeError, NotImplementedError, ValueError, IndexError) as e:
            found[kind] = [type(e).__name__, str(e)]
        except Exception:  # another device's runtime missing (mtia()): not the layout's doing
            continue
    return found


def kept(found: dict) -> dict:
    """The errors that do not depend on the argument's value: the dispatcher's, the words of a call
    without arguments, and words the same for every kind of argument (``pow(0)``'s "cannot raise to
    zeroth power" is 0's alone), naming no number (a size of this tensor's)."""
    same = len(found) > 1 and len({tuple(e) for e in found.values()}) == 1
    return {kind: error for kind, error in found.items() if error[1].startswith("Could not run '")
            or (kind == "" or same) and not any(c.isdigit() for c in error[1])}  # digits: this tensor's sizes


def main() -> None:
    warnings.simplefilter("ignore")
    table: dict[str, list] = {}
    names = sorted(n for n in dir(torch.Tensor) if not n.startswith("_") and callable(getattr(torch.Tensor, n)))
    for name in [*names, *OPERATORS]:
        if name not in SKIPPED:
            found = outcomes(lambda s, args, name=name: getattr(s, name)(*args),
                             OPERATOR_ATTEMPTS if name in OPERATORS else ATTEMPTS)
            table.update({name + kind: error for kind, error in kept(found).items()})
    for name in FUNCTIONS:
        fn = torch
        for part in name.split("."):
            fn = getattr(fn, part)
        listed = name in ("cat", "stack")
        found = outcomes(lambda s, args, fn=fn, listed=listed: fn([s, s], *args) if listed else fn(s, *args),
                         ATTEMPTS)
        table.update({name + kind: error for kind, error in kept(found).items() if name + kind not in table})
    for name in STRIDED:
        try:
            getattr(torch.ones(2, 3), name)()
        except (RuntimeError, NotImplementedError) as e:
            table["strided:" + name] = [type(e).__name__, str(e)]
    OUT.write_bytes(lzma.compress(json.dumps(table, indent=0, sort_keys=True).encode() + b"\n"))
    print(f"{len(table)} refusals written to {OUT}")


if __name__ == "__main__":
    main()
