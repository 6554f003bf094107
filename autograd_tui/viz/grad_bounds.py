"""Whether replaying a backward could show ``:why`` anything: the session log replays each
watched backward node by node (:func:`autograd_tui.viz.backward_walk.walk`) only to find where a
NaN or inf first appears and which gradients cancel. That replay is a second backward, as costly
as the first (an MLP step's weight products).

:func:`replay_can_find` says no only when both are impossible, from the graph alone:
- nothing cancels when no node, leaf included, receives gradient along more than one edge;
- nothing turns non-finite when every node is a linear map of its incoming gradient whose
  coefficients are known, finite and bounded (a matrix product's saved factors, a transpose, a
  relu mask, log_softmax's probabilities, nll_loss's weights, a product's other factor, a
  square's base), and the bound carried down from the root, multiplied at each node by the most
  that node can scale a gradient, stays far below the dtype's largest value. A sum of finite
  products can then overflow nowhere. A broadcast input (the bias of ``x @ W + b``) gets the sum
  of the gradient over the broadcast elements, so the number of elements of each gradient is
  carried down too: the sum has at most that many terms.
Every other node kind, dtype or shape keeps the replay. Read through PyTorch's public graph
(``next_functions``, ``_saved_*``), as for real PyTorch and the embedded engine alike.
"""
from __future__ import annotations

import math
from typing import Any, Callable

from autograd_tui.viz import gradgraph as gg

# far below float32's largest value (3.4e38): no rounding of a sum of bounded terms reaches it
LIMIT = 1e30
# nodes that pass each element of the gradient on scaled by at most 1 (moved, masked, squashed),
# to an input with as many elements
AT_MOST_ONE = {"TBackward0", "TransposeBackward0", "PermuteBackward0", "ViewBackward0", "ReshapeAliasBackward0",
               "UnsafeViewBackward0", "ReluBackward0", "NegBackward0", "TanhBackward0", "SigmoidBackward0"}
# ... the same to a larger input (a sum or mean spreads each element over the ones it reduced)
SPREADING = {"SumBackward0", "SumBackward1", "MeanBackward0", "MeanBackward1"}
# linear in the gradient, to inputs that may be broadcast
BROADCASTING = {"AddBackward0", "SubBackward0", "MulBackward0"}
FLOATS = ("torch.float32", "torch.float64")
# per edge: the most it scales the gradient's largest element by, and at most how many elements
# the gradient it passes on has (None: unknown)
Scales = list[tuple[float | None, int | None]]


def replay_can_find(root: Any, graph: gg.Graph, implicit: bool) -> bool:
    """Whether replaying the backward from tensor ``root`` over ``graph`` could find a gradient
    that cancels or is not finite. ``implicit``: backward was called without a gradient (a
    scalar root's starts at 1)."""
    if not implicit or int(root.numel()) != 1 or not _float(root):
        return True
    if any(count > 1 for count in graph.users.values()):
        return True
    stack: list[tuple[Any, float, int | None]] = [(root.grad_fn, 1.0, 1)]
    while stack:
        node, bound, numel = stack.pop()
        if gg.is_leaf_node(node):
            continue
        edges = gg.edges(node)
        try:
            factors = _scales(node, edges, numel)
        except Exception:  # noqa: BLE001 - what cannot be bounded is replayed
            return True
        if factors is None:
            return True
        for (child, _), (factor, count) in zip(edges, factors):
            if child is None:
                continue
            below = bound * factor if factor is not None else None
            if below is None or not below < LIMIT:
                return True
            stack.append((child, below, count if count is not None else _own_numel(child)))
    return False


def _scales(node: Any, edges: tuple, numel: int | None) -> Scales | None:
    """For each edge of ``node``, whose incoming gradient has at most ``numel`` elements (None:
    unknown): the most it can multiply the largest element of that gradient by (None: unknown),
    and at most how many elements the gradient it passes on has (None: unknown); None for a
    node kind not known here."""
    name = gg.node_name(node)
    n = len(edges)
    if name in AT_MOST_ONE:
        return [(1.0, numel)] * n
    if name in SPREADING:
        sizes = gg.saved(node, "self_sym_sizes")
        return [(1.0, None if sizes is gg.MISSING else math.prod(int(d) for d in sizes))] * n
    if name in BROADCASTING:
        return _broadcasting(node, name, edges, numel)
    rule = _RULES.get(name)
    return None if rule is None else rule(node, numel)


def _numel(value: Any) -> int | None:
    return int(value.numel()) if gg.is_tensor(value) else None


def _broadcasting(node: Any, name: str, edges: tuple, numel: int | None) -> Scales:
    # each input gets the gradient times a coefficient, summed over the elements it was
    # broadcast to: at most numel / its own numel terms (numel terms when its size is unknown;
    # numel is an upper bound, so is the count)
    if name == "MulBackward0":
        coefficients = [_largest(gg.saved(node, "other")), _largest(gg.saved(node, "self"))]
    else:
        coefficients = [1.0, _largest(gg.saved(node, "alpha"))]
    out: Scales = []
    for (child, _), coefficient in zip(edges, coefficients):
        own = _own_numel(child) if child is not None else None
        terms = None if numel is None else numel // own if own else numel
        # an input broadcast to the output has at most as many elements
        out.append((_times(coefficient, terms), own if own is not None else numel))
    return out


def _own_numel(node: Any) -> int | None:
    """How many elements ``node``'s output has, where the node alone tells (a leaf, a product)."""
    name = gg.node_name(node)
    if gg.is_leaf_node(node):
        return int(node.variable.numel())
    if name in ("MmBackward0", "AddmmBackward0"):
        first, second = (gg.saved(node, "self"), gg.saved(node, "mat2")) if name == "MmBackward0" \
            else (gg.saved(node, "mat1"), gg.saved(node, "mat2"))
        rows, columns = _size(first, 0), _size(second, 1)
        return None if rows is None or columns is None else rows * columns
    if name in ("SumBackward0", "MeanBackward0"):
        return 1
    return None


def _largest(value: Any) -> float | None:
    """The largest magnitude in a saved float tensor or number (NaN when it holds one)."""
    if value is gg.MISSING:
        return None
    if not gg.is_tensor(value):
        return abs(float(value))
    values = gg.array_of(value)
    if values is not None and values.dtype.kind == "f" and values.dtype.itemsize >= 4:  # float32, float64
        return float(abs(values).max()) if values.size else None
    if int(value.numel()) == 0 or value.is_complex():
        return None
    if not _float(value):   # an integer factor (x * 2 saves tensor(2)) or a mask
        value = value.double()
    values = gg.array_of(value)
    if values is not None:
        return float(abs(values).max())
    return float(value.detach().abs().max().item())


def _float(t: Any) -> bool:
    return str(t.dtype) in FLOATS


def _size(value: Any, dim: int) -> int | None:
    return int(value.shape[dim]) if gg.is_tensor(value) and value.dim() == 2 else None


def _times(*parts: float | int | None) -> float | None:
    out = 1.0
    for part in parts:
        if part is None:
            return None
        out *= part
    return out


def _addmm(node: Any, numel: int | None) -> Scales:
    # bias: beta times a sum over the M rows; mat1: alpha · g @ mat2ᵀ, sums of N terms;
    # mat2: alpha · mat1ᵀ @ g, sums of M terms
    mat1, mat2 = gg.saved(node, "mat1"), gg.saved(node, "mat2")
    alpha, beta = _largest(gg.saved(node, "alpha")), _largest(gg.saved(node, "beta"))
    rows = _size(mat1, 0)
    return [(_times(beta, rows), None), (_times(alpha, _size(mat2, 1), _largest(mat2)), _numel(mat1)),
            (_times(alpha, rows, _largest(mat1)), _numel(mat2))]


def _mm(node: Any, numel: int | None) -> Scales:
    first, second = gg.saved(node, "self"), gg.saved(node, "mat2")
    return [(_times(_size(second, 1), _largest(second)), _numel(first)),
            (_times(_size(first, 0), _largest(first)), _numel(second))]


def _log_softmax(node: Any, numel: int | None) -> Scales:
    # g - softmax · sum(g): each element at most |g| plus a share (≤ 1) of a sum of n terms
    result, dim = gg.saved(node, "result"), gg.saved(node, "dim")
    if not gg.is_tensor(result) or dim is gg.MISSING or result.dim() == 0:
        return [(None, None)]
    return [(1.0 + int(result.shape[int(dim)]), numel)]


def _nll_loss(node: Any, numel: int | None) -> Scales:
    # the weight of each target, divided by the total weight for a mean (0 when every target is
    # ignored: 0/0, left to the replay)
    weight = gg.saved(node, "weight")
    largest = 1.0 if weight is gg.MISSING else _largest(weight)
    count = _numel(gg.saved(node, "self"))
    if gg.saved(node, "reduction") != 1:
        return [(largest, count), (None, None)]
    total = _largest(gg.saved(node, "total_weight"))
    factor = largest / total if largest is not None and total is not None and total > 0 else None
    return [(factor, count), (None, None)]


def _pow(node: Any, numel: int | None) -> Scales:
    # p · x^(p-1) for a number p ≥ 1 (below 1 the slope at 0 is infinite)
    exponent = gg.saved(node, "exponent")
    if isinstance(exponent, bool) or not isinstance(exponent, (int, float)) or not exponent >= 1:
        return [(None, None)]
    base = _largest(gg.saved(node, "self"))
    return [(None if base is None else abs(exponent) * base ** (exponent - 1), numel)]


def _mse_loss(node: Any, numel: int | None) -> Scales:
    # 2·(self - target), divided by the count for a mean
    first, second = gg.saved(node, "self"), gg.saved(node, "target")
    a, b = _largest(first), _largest(second)
    gap = None if a is None or b is None else 2.0 * (a + b)
    return [(gap, _numel(first)), (gap, _numel(second))]


_RULES: dict[str, Callable[[Any, int | None], Scales]] = {
    "AddmmBackward0": _addmm, "MmBackward0": _mm, "LogSoftmaxBackward0": _log_softmax,
    "NllLossBackward0": _nll_loss, "MseLossBackward0": _mse_loss, "PowBackward0": _pow,
}
