"""Reading an autograd graph through PyTorch's public surface, for the graph drawing and the
backward walk.

Only what real PyTorch also offers is used: ``grad_fn``, ``next_functions``, ``variable`` on
``AccumulateGrad``, the ``_saved_*`` attributes and ``_sequence_nr()`` (the engine's ``_seq``
when that is missing). So ``--backend torch`` draws the same graph as the embedded engine.
Every walk is iterative: a chain of 200,000 nodes must not hit Python's recursion limit.
"""
from __future__ import annotations

import math
import re
import sys
import types
import weakref
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

MISSING = object()
LABEL_LIMIT = 160      # longer expressions are not worth reconstructing; shown as None
VALUE_WIDTH = 44       # characters of a tensor's values shown inline
VALUE_NUMEL = 8        # bigger tensors show their shape only: a row of weights teaches nothing
EXPRESSION_NODES = 2000  # beyond this many nodes, no expressions: the drawing is cut anyway
ARITHMETIC = {"AddBackward0", "SubBackward0", "MulBackward0", "DivBackward0", "RsubBackward1",
              "PowBackward1", "MaximumBackward0", "MinimumBackward0"}


# ---------------------------------------------------------------------------------------------
# Small accessors that smooth over the engine / PyTorch differences
# ---------------------------------------------------------------------------------------------
def node_name(node: Any) -> str:
    # why: AccumulateGrad.name() is the C++ name "torch::autograd::AccumulateGrad"
    return type(node).__name__


def is_leaf_node(node: Any) -> bool:
    return node_name(node) == "AccumulateGrad" and hasattr(node, "variable")


def is_custom_node(node: Any) -> bool:
    """A node of a custom ``torch.autograd.Function``: its backward is the learner's own code."""
    cls = type(node)
    known = _CUSTOM_CLASSES.get(cls)
    if known is None:
        known = _CUSTOM_CLASSES[cls] = any(base.__name__ == "BackwardCFunction" for base in cls.__mro__)
    return known


# why weak: a learner's Function classes come and go with the session's namespace
_CUSTOM_CLASSES: weakref.WeakKeyDictionary[type, bool] = weakref.WeakKeyDictionary()


def edges(node: Any) -> tuple:
    try:
        return tuple(node.next_functions)
    except Exception:  # noqa: BLE001 - a foreign node without next_functions
        return ()


def saved(node: Any, name: str) -> Any:
    """``node._saved_<name>`` or MISSING (not saved, freed by backward, or not a tensor op)."""
    try:
        value = getattr(node, "_saved_" + name)
    except (AttributeError, RuntimeError):
        return MISSING
    return MISSING if value is None else value


def sequence_nr(node: Any) -> float:
    """Creation order: PyTorch runs the newest node first. AccumulateGrad sorts highest."""
    getter = getattr(type(node), "_sequence_nr", None)
    if getter is not None:
        try:
            value = node._sequence_nr()
            return math.inf if value >= 2 ** 63 else float(value)
        except Exception:  # noqa: BLE001
            pass
    value = getattr(node, "_seq", None)
    return float(value) if isinstance(value, (int, float)) else 0.0


def is_tensor(value: Any) -> bool:
    # why: duck-typed so that engine tensors and real torch tensors both count; a module or a
    # class is never one, and asking the engine's torch module for a missing grad_fn builds
    # its missing-API hint (about 0.2 ms, before and after every input of a watched session)
    kind = type(value)
    if kind in _ENGINE_TENSOR_TYPES:   # why: the session log asks this some fifty times a watched backward
        return True
    if isinstance(value, (types.ModuleType, type)):
        return False
    found = hasattr(value, "grad_fn") and hasattr(value, "requires_grad") and hasattr(value, "shape")
    engine = sys.modules.get("autograd_tui.engine")
    if found and engine is not None and issubclass(kind, engine.Tensor):
        _ENGINE_TENSOR_TYPES.add(kind)   # every engine tensor has the three: make() sets grad_fn
    return found


# why weak: a learner's Tensor subclasses come and go with the session's namespace
_ENGINE_TENSOR_TYPES: weakref.WeakSet[type] = weakref.WeakSet()


def array_of(tensor: Any) -> Any:
    """``tensor``'s values as a numpy array, or None where ``numpy()`` refuses (bfloat16, a meta,
    conjugate or non-CPU tensor; callers then use the tensor's own ops). why: the session log reads
    the saved factors of every watched backward, and a numpy reduction costs a fraction of the
    same reduction through tensor ops."""
    try:
        return tensor.detach().numpy()
    except Exception:  # noqa: BLE001
        return None


def zero_count(tensor: Any) -> int:
    """How many elements of ``tensor`` are exactly 0."""
    values = array_of(tensor)
    zero = tensor == 0 if values is None else values == 0
    # why any() first: a factor without a 0 (every weight, most inputs) is the common case,
    # and any() costs a third of counting on an MLP's inputs
    return int(zero.sum().item()) if bool(zero.any()) else 0


def torch_module(tensor: Any) -> Any:
    """The module that made ``tensor``: the embedded engine or real ``torch``."""
    engine = sys.modules.get("autograd_tui.engine")
    if engine is not None and isinstance(tensor, engine.Tensor):
        return engine
    import torch  # noqa: PLC0415 - only reached for real PyTorch tensors

    return torch


def shape_text(tensor: Any) -> str:
    try:
        return "[" + ", ".join(str(d) for d in tuple(tensor.shape)) + "]"
    except Exception:  # noqa: BLE001
        return "?"


def values_text(value: Any, width: int = VALUE_WIDTH) -> str:
    """``tensor([1., 2.])`` -> ``[1., 2.]`` on one line, cut to ``width`` characters."""
    if is_tensor(value):
        try:
            text = repr(value.detach())
        except Exception:  # noqa: BLE001
            text = repr(value)
        if text.startswith("tensor(") and text.endswith(")"):
            text = text[len("tensor("):-1]
    else:
        text = repr(value)
    text = re.sub(r"\s*\n\s*", " ", text)
    if len(text) > width:
        text = text[: max(1, width - 1)] + "…"
    return text


def scalar_text(value: Any) -> str | None:
    """A short literal for a constant (``6``, ``0.5``), or None when it is not a scalar."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return _number(value)
    if is_tensor(value):
        try:
            if value.numel() == 1 and value.dim() == 0:
                return _number(value.item())
        except Exception:  # noqa: BLE001
            return None
    return None


def _number(v: float) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:g}" if isinstance(v, float) else str(v)


# ---------------------------------------------------------------------------------------------
# Names from the learner's namespace
# ---------------------------------------------------------------------------------------------
class Namer:
    """Finds the learner's names for tensors: ``x``, ``z``, ``model.fc.weight``."""

    def __init__(self, namespace: Mapping[str, Any] | None) -> None:
        self._by_id: dict[int, str] = {}
        self._by_node: dict[int, str] = {}
        self._keep: list[Any] = []   # why: ids are only meaningful while the objects live
        # What the learner's source says (:mod:`autograd_tui.viz.source_names`): the name of
        # a constant input, (id(node), index) -> name, and whether a node's second input was
        # written first (``2 + x`` reaches PyTorch as add(x, 2)), id(node) -> bool
        self.constants: dict[tuple[int, int], str] = {}
        self.swapped: dict[int, bool] = {}
        if not namespace:
            return
        for name, value in list(namespace.items()):
            # why: a module (torch) is no tensor and no model, and asking the engine's for an
            # attribute it lacks builds a missing-API hint: 0.2 ms a name, at every backward watched
            if name.startswith("_") or isinstance(value, types.ModuleType):
                continue
            if is_tensor(value):
                self._add(name, value)
            elif hasattr(value, "named_parameters") and callable(value.named_parameters):
                try:
                    for pname, param in value.named_parameters():
                        self._add(f"{name}.{pname}", param)
                except Exception:  # noqa: BLE001 - a half-built module
                    continue

    def _add(self, name: str, tensor: Any) -> None:
        self._keep.append(tensor)
        self._by_id.setdefault(id(tensor), name)
        try:
            fn = tensor.grad_fn
        except Exception:  # noqa: BLE001
            fn = None
        nr = getattr(tensor, "output_nr", None)
        if nr is None:
            nr = getattr(tensor, "_output_nr", 0)
        if fn is not None and nr in (0, None):
            self._keep.append(fn)
            # why: the shortest name wins (``z`` rather than ``model_output``), first on ties
            old = self._by_node.get(id(fn))
            if old is None or len(name) < len(old):
                self._by_node[id(fn)] = name

    def tensor(self, tensor: Any) -> str | None:
        return self._by_id.get(id(tensor))

    def node(self, node: Any) -> str | None:
        """The name of the tensor this node produced, when the learner kept one."""
        return self._by_node.get(id(node))

    def leaf(self, node: Any) -> str | None:
        var = getattr(node, "variable", None)
        return None if var is None else self.tensor(var)

    def constant(self, node: Any, index: int) -> str | None:
        """The source's name for the constant input ``index`` of ``node``, when it is certain."""
        return self.constants.get((id(node), index))

    def written_swapped(self, node: Any) -> bool | None:
        """Whether the source wrote ``node``'s second input first; None when it does not say."""
        return self.swapped.get(id(node))


# ---------------------------------------------------------------------------------------------
# The graph itself
# ---------------------------------------------------------------------------------------------
@dataclass
class Graph:
    """Every node reachable from ``root``, in discovery order, with how many edges reach it."""

    root: Any
    nodes: list[Any] = field(default_factory=list)
    users: dict[Any, int] = field(default_factory=dict)   # node -> number of incoming edges

    def __len__(self) -> int:
        return len(self.nodes)


def discover(root: Any, limit: int | None = None) -> Graph:
    """Walk ``next_functions`` from ``root`` (breadth first, no recursion)."""
    graph = Graph(root)
    if root is None:
        return graph
    graph.nodes.append(root)
    graph.users[root] = 0
    queue = [root]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for child, _ in edges(node):
            if child is None:
                continue
            if child in graph.users:
                graph.users[child] += 1
                continue
            graph.users[child] = 1
            if limit is None or len(graph.nodes) < limit:
                graph.nodes.append(child)
                queue.append(child)
    return graph


def topological(graph: Graph) -> list[Any]:
    """Nodes ordered so that every node comes before its inputs (Kahn's algorithm)."""
    remaining = dict(graph.users)
    order: list[Any] = []
    ready = [graph.root] if graph.root is not None else []
    while ready:
        node = ready.pop()
        order.append(node)
        for child, _ in edges(node):
            if child is None or child not in remaining:
                continue
            remaining[child] -= 1
            if remaining[child] == 0:
                ready.append(child)
    return order


def longest_path(graph: Graph) -> int:
    """The number of nodes on the longest path from the root to a leaf."""
    depth: dict[Any, int] = {}
    for node in reversed(topological(graph)):
        best = 0
        for child, _ in edges(node):
            if child is not None and child in depth:
                best = max(best, depth[child])
        depth[node] = best + 1
    return max(depth.values(), default=0)


# ---------------------------------------------------------------------------------------------
# What each node computed, as an expression (``6*x**2 - 2*y**3``)
# ---------------------------------------------------------------------------------------------
# Precedence, as in Python: atoms and calls bind tightest.
ATOM, POW, UNARY, PRODUCT, SUM = 100, 90, 80, 70, 60

_FUNCTIONS = {
    "SinBackward0": "sin", "CosBackward0": "cos", "TanBackward0": "tan", "ExpBackward0": "exp",
    "LogBackward0": "log", "TanhBackward0": "tanh", "SigmoidBackward0": "sigmoid",
    "ReluBackward0": "relu", "SqrtBackward0": "sqrt", "AbsBackward0": "abs",
    "ReciprocalBackward0": "reciprocal",
}
_METHODS = {"SumBackward0": "sum()", "MeanBackward0": "mean()", "SumBackward1": "sum(…)",
            "MeanBackward1": "mean(…)", "TBackward0": "t()", "CloneBackward0": "clone()"}


@dataclass
class Expr:
    text: str
    prec: int


def _wrap(e: Expr, need: int) -> str:
    return e.text if e.prec >= need else f"({e.text})"


def constant_of(node: Any, index: int, namer: Namer) -> Expr | None:
    """The value behind an edge ``(None, 0)``: a number or a tensor that needs no gradient.
    What the learner wrote there comes first (``lr`` rather than its value ``0.5``)."""
    named = _named_constant(node, index, namer)
    if named is not None:
        return named
    if index >= 2:
        return None
    value = saved(node, ("self", "other")[index])
    if value is MISSING:
        return None
    text = scalar_text(value)
    if text is not None:
        return Expr(text, ATOM if not text.startswith("-") else UNARY)
    name = namer.tensor(value) if is_tensor(value) else None
    if name:
        return Expr(name, ATOM)
    if is_tensor(value):
        try:
            if value.numel() <= 4:
                return Expr("tensor(" + values_text(value, 30) + ")", ATOM)
        except Exception:  # noqa: BLE001
            return None
    return None


def _named_constant(node: Any, index: int, namer: Namer) -> Expr | None:
    """What the learner's source calls a constant that the node did not save (``y_true``)."""
    text = namer.constant(node, index)
    if text is None:
        return None
    return Expr(text, UNARY if text.startswith("-") else ATOM)


def combine(node: Any, operands: list[Expr | None], namer: Namer) -> Expr | None:
    """The expression a node computed from its operands' expressions (None when unknown)."""
    name = node_name(node)
    given: list[Expr | None] = list(operands)
    # Constants sit on (None, 0) edges; fill them in from what the node saved.
    for i, (child, _) in enumerate(edges(node)):
        if child is None and i < len(given) and given[i] is None:
            given[i] = constant_of(node, i, namer) or Expr("c", ATOM)
    ops = [op for op in given if op is not None]
    if len(ops) != len(given):
        return None
    if name in ("AddBackward0", "SubBackward0") and len(ops) == 2:
        a, b = ops
        alpha = saved(node, "alpha")
        alpha_text = scalar_text(alpha) if alpha is not MISSING else None
        if alpha_text not in (None, "1"):
            b = Expr(f"{alpha_text}*{_wrap(b, PRODUCT + 1)}", PRODUCT)
        if name == "AddBackward0" and namer.written_swapped(node):
            a, b = b, a   # the learner wrote 2 + x
        sign = "+" if name == "AddBackward0" else "-"
        right = _wrap(b, SUM + (1 if sign == "-" else 0))
        return Expr(f"{_wrap(a, SUM)} {sign} {right}", SUM)
    if name == "RsubBackward1" and len(ops) == 1:
        number = _named_constant(node, 1, namer)
        left = _wrap(number, SUM) if number is not None else "c"
        return Expr(f"{left} - {_wrap(ops[0], SUM + 1)}", SUM)
    if name == "MulBackward0" and len(ops) == 2:
        a, b = ops
        children = edges(node)
        # why: `6*x` reaches PyTorch as mul(x, 6); write the constant first, as people do,
        # unless the learner's source says how they wrote it
        written = namer.written_swapped(node)
        if written is None:
            written = children[1][0] is None and children[0][0] is not None
        if written:
            a, b = b, a
        return Expr(f"{_wrap(a, PRODUCT)}*{_wrap(b, PRODUCT + 1)}", PRODUCT)
    if name == "DivBackward0" and len(ops) == 2:
        return Expr(f"{_wrap(ops[0], PRODUCT)}/{_wrap(ops[1], PRODUCT + 1)}", PRODUCT)
    if name == "NegBackward0" and len(ops) == 1:
        return Expr(f"-{_wrap(ops[0], UNARY)}", UNARY)
    if name == "PowBackward0" and len(ops) == 1:
        exponent = saved(node, "exponent")
        exp_text = scalar_text(exponent) if exponent is not MISSING else None
        if exp_text is None:
            return None
        if exp_text.startswith("-"):
            exp_text = f"({exp_text})"
        return Expr(f"{_wrap(ops[0], POW + 1)}**{exp_text}", POW)
    if name == "PowBackward1" and len(ops) == 2:
        return Expr(f"{_wrap(ops[0], POW + 1)}**{_wrap(ops[1], POW)}", POW)
    if name in ("MmBackward0", "MvBackward0", "BmmBackward0", "DotBackward0") and len(ops) == 2:
        return Expr(f"{_wrap(ops[0], PRODUCT)} @ {_wrap(ops[1], PRODUCT + 1)}", PRODUCT)
    if name == "AddmmBackward0" and len(ops) == 3 and all(
            scalar_text(saved(node, factor)) == "1" for factor in ("alpha", "beta")):
        # nn.Linear's addmm(bias, x, weight.t()): written as the layer computes it
        bias, mat1, mat2 = ops
        return Expr(f"{_wrap(mat1, PRODUCT)} @ {_wrap(mat2, PRODUCT + 1)} + {_wrap(bias, SUM + 1)}", SUM)
    if name in _FUNCTIONS and len(ops) == 1:
        return Expr(f"{_FUNCTIONS[name]}({ops[0].text})", ATOM)
    if name in _METHODS and len(ops) == 1:
        return Expr(f"{_wrap(ops[0], ATOM)}.{_METHODS[name]}", ATOM)
    return None


def expressions(graph: Graph, namer: Namer, *, use_names: bool = True) -> dict[Any, Expr | None]:
    """An expression for every node, leaves first. A node the learner named (``q = x**2``)
    is referred to by that name in the expressions above it."""
    own: dict[Any, Expr | None] = {}     # what the node computed
    ref: dict[Any, Expr | None] = {}     # how its users refer to it
    if len(graph) > EXPRESSION_NODES:
        return own  # why: a huge graph is summarised; labels would cost seconds for nothing
    for node in reversed(topological(graph)):
        if is_leaf_node(node):
            leaf = namer.leaf(node)
            own[node] = Expr(leaf, ATOM) if leaf else None
            ref[node] = own[node]
            continue
        operands: list[Expr | None] = []
        for child, nr in edges(node):
            if child is None:
                operands.append(None)
            else:
                e = ref.get(child)
                if e is not None and nr:
                    e = Expr(f"{_wrap(e, ATOM)}[{nr}]", ATOM)
                operands.append(e)
        e = combine(node, operands, namer)
        if e is not None and len(e.text) > LABEL_LIMIT:
            e = None
        own[node] = e
        name = namer.node(node) if use_names else None
        ref[node] = Expr(name, ATOM) if name else e
    return own


def leaf_names(graph: Graph, namer: Namer) -> list[str]:
    names = []
    for node in graph.nodes:
        if is_leaf_node(node):
            names.append(namer.leaf(node) or "?")
    return names


def node_counts(graph: Graph) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for node in graph.nodes:
        counts[node_name(node)] = counts.get(node_name(node), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def caller_namespace(depth: int = 2) -> dict[str, Any]:
    """The globals and locals of the code that called us (lesson code, a script)."""
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return {}
    names = dict(frame.f_globals)
    names.update(frame.f_locals)
    return names


def join(items: Iterable[str], sep: str = ", ") -> str:
    return sep.join(items)
