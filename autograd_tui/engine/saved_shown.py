"""What a node shows as ``_saved_*`` where PyTorch's node saved other values than the engine's
formulas read: names the engine keeps under another name, values it does not show, and values
PyTorch's node saved that the engine works out from what it kept (``det``'s ``LU`` and
``pivots``, ``layer_norm``'s ``result1``/``result2``). ``record.OpNode._value_saved`` reads these
tables; nothing here runs during backward."""
from __future__ import annotations

import importlib
from typing import Any, Callable

import numpy as np

# {node: {engine's name: PyTorch's name}}
SHOWN_AS: dict[str, dict[str, str]] = {
    "LinalgCholeskyExBackward0": {"result": "L"},
    "LinalgInvExBackward0": {"result": "inverse"},
    "LinalgLuFactorExBackward0": {"result": "LU"},
    "LinalgDetBackward0": {"self": "A"},
}

# {node: names the engine keeps that PyTorch's node has no attribute for}
HIDDEN: dict[str, frozenset] = {
    "NativeLayerNormBackward0": frozenset({"n_norm", "eps"}),
    "NativeBatchNormBackward0": frozenset({"mean", "invstd"}),
    "LinalgSolveExBackward0": frozenset({"vector"}),
    "LinalgLstsqBackward0": frozenset({"vector"}),
    "LinalgEigBackward0": frozenset({"real_input"}),
    "VarMeanBackward0": frozenset({"result"}),
}


def _functions() -> Any:
    # the ops import record, which imports this module: read at call time
    return importlib.import_module("autograd_tui.engine.functions")


def _lu(read: Callable[[str], Any], name: str, transposed: bool = False) -> tuple:
    """The LU factors PyTorch's node kept (det and slogdet factor A's transpose, which is laid out
    as LAPACK reads it)."""
    a = read(name).detach()
    return _functions().linalg_lu_factor(a.mT if transposed else a)


def _layer_norm_stats(read: Callable[[str], Any]) -> tuple:
    """layer_norm's per-row mean and 1/std (PyTorch's result1 and result2), kept-dim shaped."""
    x = read("input")
    n = read("n_norm")
    data = x._data.astype(np.float64)
    axes = tuple(range(x.ndim - n, x.ndim))
    mean = data.mean(axis=axes, keepdims=True)
    rstd = 1.0 / np.sqrt(((data - mean) ** 2).mean(axis=axes, keepdims=True) + read("eps"))
    make = _functions().tensor
    return make(mean.astype(x.dtype.np), dtype=x.dtype), make(rstd.astype(x.dtype.np), dtype=x.dtype)


def _batch_norm_stat(read: Callable[[str], Any], name: str) -> Any:
    """batch_norm's saved mean or invstd: the batch's in training, empty in evaluation."""
    x = read("input")
    if not read("training"):
        return _functions().empty(0, dtype=x.dtype)
    return _functions().tensor(np.asarray(read(name)), dtype=x.dtype)


def _output_of(read: Callable[[str], Any], value: Any, nr: int) -> Any:
    """A saved output of the node, which reads back with the node as its grad_fn."""
    node = read.__self__  # type: ignore[attr-defined]  # the node's own _value_saved
    value.grad_fn, value._output_nr, value._requires_grad = node, nr, True
    return value


# {node: {PyTorch's name: value from the node's own (read by the engine's name)}}
DERIVED: dict[str, dict[str, Callable[[Callable[[str], Any]], Any]]] = {
    "LinalgSvdBackward0": {"S_sym_argsize_minus_1": lambda read: read("S").shape[-1]},
    "NativeLayerNormBackward0": {
        "normalized_shape": lambda read: tuple(read("input").shape[read("input").ndim - read("n_norm"):]),
        "result1": lambda read: _layer_norm_stats(read)[0],
        "result2": lambda read: _layer_norm_stats(read)[1]},
    "NativeBatchNormBackward0": {
        "result1": lambda read: _batch_norm_stat(read, "mean"),
        "result2": lambda read: _batch_norm_stat(read, "invstd")},
    "LinalgDetBackward0": {"LU": lambda read: _lu(read, "self", True)[0],
                           "pivots": lambda read: _lu(read, "self", True)[1]},
    "LinalgSlogdetBackward0": {
        "LU": lambda read: _lu(read, "A", True)[0], "pivots": lambda read: _lu(read, "A", True)[1],
        "sign": lambda read: _output_of(read, _functions().slogdet(read("A").detach())[0], 0)},
    "LinalgSolveExBackward0": {
        "LU": lambda read: _lu(read, "A")[0], "pivots": lambda read: _lu(read, "A")[1], "left": lambda read: True},
}

# Derived values and arguments that are tensors in PyTorch's node (a SavedTensor even when None).
RAW: dict[str, tuple[str, ...]] = {
    "NativeLayerNormBackward0": ("result1", "result2"),
    "NativeBatchNormBackward0": ("result1", "result2", "running_mean", "running_var"),
    "LinalgDetBackward0": ("LU", "pivots"),
    "LinalgSlogdetBackward0": ("LU", "pivots", "sign"),
    "LinalgSolveExBackward0": ("LU", "pivots"),
}
