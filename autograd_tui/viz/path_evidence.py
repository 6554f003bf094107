"""What a graph shows, before backward frees it, about one leaf's gradient: which elements a node
makes 0 or only a share, and which uses of the leaf pass nothing back. For ``:why``
(:mod:`autograd_tui.viz.observe` calls :func:`findings` once per backward).

Every finding names the leaf it decides, and only when every path from the root to that leaf
goes through the node (a leaf reached around it gets gradient from elsewhere too). Where the
node's gradient reaches the leaf through elementwise steps only, the finding also counts the
elements it forces, so that ``:why`` names it only when that count is the leaf's count of zeros.
Everything is read through PyTorch's public graph (``next_functions``, ``_saved_*``), so real
PyTorch and the embedded engine give the same findings.
"""
from __future__ import annotations

import ast
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from autograd_tui.viz import gradgraph as gg

# nodes whose gradient to their one graph input has the input's elements in the same places
ELEMENTWISE_STEPS = {"AddBackward0", "AddBackward1", "SubBackward0", "SubBackward1", "RsubBackward0",
                     "RsubBackward1", "MulBackward0", "MulBackward1", "DivBackward0", "DivBackward1",
                     "NegBackward0"}
# nodes that only move a gradient's elements around (a transpose, a view): none is added or lost
REARRANGING = {"TBackward0", "TransposeBackward0", "PermuteBackward0", "ViewBackward0",
               "ReshapeAliasBackward0", "UnsafeViewBackward0"}
# matrix products: (the edge that gets a gradient, the other factor's saved name, whether that
# other factor is the left one). The gradient to the right factor is leftᵀ @ g: its row r is 0
# wherever column r of the left factor is all 0; to the left one it is g @ rightᵀ: its column r
# is 0 wherever row r of the right factor is all 0
MATRIX_PRODUCTS = {
    "MmBackward0": ((0, "mat2", False), (1, "self", True)),
    "BmmBackward0": ((0, "mat2", False), (1, "self", True)),
    "AddmmBackward0": ((1, "mat2", False), (2, "mat1", True)),
}
# a kink or a flat point at 0: abs (PyTorch's slope there is sign(0) = 0), x**p for p > 1, relu
FLAT_AT_ZERO = {"AbsBackward0": "abs", "PowBackward0": "pow", "ReluBackward0": "relu",
                "LinalgVectorNormBackward0": "norm"}
# nodes that split the gradient evenly between equal values
TIES = {"MaximumBackward0": "pair", "MinimumBackward0": "pair", "MaxBackward1": "shared",
        "MinBackward1": "shared", "AmaxBackward0": "shared", "AminBackward0": "shared"}
# max/min over a dim: the whole gradient to the one index returned, even where values tie
ONE_OF_TIES = {"MaxBackward0": "max", "MinBackward0": "min"}
# derivative 0 everywhere (frac's is 1: it is not here)
ZERO_DERIVATIVE = {"RoundBackward0", "SignBackward0", "FloorBackward0", "CeilBackward0",
                   "TruncBackward0"}
DIVISIONS = {"DivBackward2", "DivBackward3"}   # division with a rounding_mode: 0 unless it is None
CHAIN_LIMIT = 200    # steps followed from a node down to a leaf (observe.READ_NODES)


@dataclass
class Finding:
    # "flat", "cancel", "detached", "tie", "passed_over", "zero_op", "paths", "exponent"
    kind: str
    node: str                        # the node's name: AbsBackward0
    leaf: int                        # id of the leaf it decides
    count: int = 0                   # elements of the leaf's gradient it forces (0 or a share)
    facts: dict[str, Any] = field(default_factory=dict)


Words = Callable[[Any], str | None]   # a node -> what the learner wrote for its output


def leaves_below(node: Any, skip: list[tuple[Any, int]] | None = None) -> set[int]:
    """The ids of the leaves that ``node`` passes gradient on to, not through the edges ``skip``
    (each a node and the index of one of its inputs)."""
    cut = {(id(n), i) for n, i in skip or ()}
    seen: set[int] = set()
    leaves: set[int] = set()
    frontier = [node]
    while frontier:
        current = frontier.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if gg.is_leaf_node(current):
            leaves.add(id(current.variable))
        frontier.extend(child for index, (child, _) in enumerate(gg.edges(current))
                        if (id(current), index) not in cut)
    return leaves


def only_through(root: Any, node: Any, index: int) -> set[int]:
    """The ids of the leaves every path from ``root`` reaches through edge ``index`` of ``node``."""
    child = gg.edges(node)[index][0]
    return leaves_below(child) - leaves_below(root, skip=[(node, index)])


def leaf_through(child: Any, passing: set[str]) -> Any:
    """The leaf tensor at the end of a chain of ``passing`` nodes, each with one graph input,
    starting at ``child``; None when the chain branches or holds another kind of node."""
    for _ in range(CHAIN_LIMIT):
        if child is None:
            return None
        if gg.is_leaf_node(child):
            return child.variable
        inputs = [c for c, _ in gg.edges(child) if c is not None]
        if gg.node_name(child) not in passing or len(inputs) != 1:
            return None
        child = inputs[0]
    return None


def _count(mask: Any) -> int:
    return int(mask.sum().item())


@dataclass
class ZeroLines:
    """Whole lines of 0 in a matrix product's other factor (see :func:`zero_lines`)."""

    axis: str                        # "columns" (of a left factor) or "rows" (of a right one)
    which: list[int]                 # their indices, for a 2-D factor
    total: int                       # how many lines the factor has
    count: int                       # how many of them are all 0, over every batch
    lines_numel: int                 # how many lines there are, over every batch

    def forced(self, grad_numel: int) -> int:
        """How many elements of the edge's gradient (of ``grad_numel``) they make 0 whatever the
        incoming gradient: each empty line is one whole row (or column) of it, in its own batch."""
        return self.count * (grad_numel // self.lines_numel)


def zero_lines(name: str, index: int, value: Any) -> ZeroLines | None:
    """For edge ``index`` of matrix product ``name`` whose other factor is ``value``: its lines
    that are all 0. None when no line is, or every line is (the factor is all 0: the product's
    own cause)."""
    for edge, _, other_is_left in MATRIX_PRODUCTS.get(name, ()):
        if edge != index or value.dim() < 2:
            continue
        values = gg.array_of(value)
        if values is None:
            empty = (value == 0).all(dim=-2 if other_is_left else -1)
            lines, count = _count(empty), int(empty.numel())
        else:   # the same test in numpy (gradgraph.array_of says why)
            empty = (values == 0).all(axis=-2 if other_is_left else -1)
            lines, count = int(empty.sum()), int(empty.size)
        if lines == 0 or lines == count:
            return None
        total = int(value.shape[-1] if other_is_left else value.shape[-2])
        which = [i for i, e in enumerate(empty.tolist()) if e] if value.dim() == 2 else []
        return ZeroLines("columns" if other_is_left else "rows", which, total, lines, count)
    return None


_SAVED_NAMES: dict[type, tuple[str, ...]] = {}   # a node class -> its saved attributes' names


def graphless_inputs(graph: gg.Graph) -> list[tuple[Any, Any]]:
    """(node, tensor) for each tensor without a graph that a node saved (``w.detach()`` of
    ``w * w.detach()``, ``y`` of ``y * w`` with ``y`` made under no_grad)."""
    out = []
    for node in graph.nodes:
        if gg.is_leaf_node(node):
            continue
        names = _SAVED_NAMES.get(type(node))
        if names is None:   # why: dir() per node cost the REPL's watched backward a millisecond
            # (sizes, strides and numels, ``*_sym_*``, are never tensors: not read)
            names = _SAVED_NAMES[type(node)] = tuple(a[len("_saved_"):] for a in dir(type(node))
                                                     if a.startswith("_saved_") and "_sym_" not in a)
        for attr in names:
            value = gg.saved(node, attr)
            if gg.is_tensor(value) and not value.requires_grad:
                out.append((node, value))
    return out


def called_with_ones(node: Any, like: Any, called: dict[int, tuple[Any, ...]]) -> tuple[Any, ...]:
    """What ``node`` gives back for a gradient of ones shaped like ``like`` (which elements a
    max, min or amax passes the gradient to, and what share), remembered in ``called`` for the
    backward being watched: the masks and the ties both ask."""
    produced = called.get(id(node))
    if produced is None:
        torch = gg.torch_module(like)
        with torch.no_grad():
            out = node(torch.ones_like(like.detach()))
        produced = called[id(node)] = tuple(out) if isinstance(out, (tuple, list)) else (out,)
    return produced


def findings(root: Any, graph: gg.Graph, steps: list[Any] | None, words: Words,
             graphless: list[tuple[Any, Any]], called: dict[int, tuple[Any, ...]] | None = None) -> list[Finding]:
    """Every finding of the graph from ``root`` (a grad_fn); ``steps`` is the backward replayed
    node by node (:func:`autograd_tui.viz.backward_walk.walk`), None when it was not;
    ``graphless`` is :func:`graphless_inputs` of the graph; ``called`` is the backward's
    :func:`called_with_ones` memory."""
    found: list[Finding] = []
    called = {} if called is None else called
    for node in graph.nodes:
        name = gg.node_name(node)
        for detect in (_flat, _zero_op):
            try:
                found.extend(detect(root, node, name, words))
            except Exception:  # noqa: BLE001 - no claim without evidence
                continue
        if name in TIES or name in ONE_OF_TIES:
            try:
                tied = _tied if name in TIES else _passed_over
                found.extend(tied(root, node, name, words, called))
            except Exception:  # noqa: BLE001 - no claim without evidence
                continue
    if any(count > 1 for count in graph.users.values()) or any(
            gg.node_name(node) in ("PowBackward1", "PowBackward2") for node in graph.nodes):
        # why only then: on a graph that reaches each node once a single node decides, and the
        # other findings name it
        try:
            found.extend(zero_paths(root, graph, words, called))
        except Exception:  # noqa: BLE001
            pass
    try:
        found.extend(_detached(graph, graphless))
    except Exception:  # noqa: BLE001
        pass
    if steps is not None:
        try:
            found.extend(_cancelled(root, steps, words))
        except Exception:  # noqa: BLE001
            pass
    return found


def _flat(root: Any, node: Any, name: str, words: Words) -> list[Finding]:
    """abs, x**p (p > 1) or relu whose input is exactly 0 somewhere: its slope there is 0."""
    kind = FLAT_AT_ZERO.get(name)
    edges = gg.edges(node)
    if kind is None or not edges or edges[0][0] is None:
        return []
    child = edges[0][0]
    facts: dict[str, Any] = {"fn": kind}
    if kind == "relu":   # relu keeps only its result: its input is known when it is the leaf
        if not gg.is_leaf_node(child):
            return []
        value = child.variable.detach()
    elif kind == "norm":   # a norm of the whole tensor that is 0: its input is the zero vector
        result = gg.saved(node, "result")
        if not gg.is_tensor(result) or int(result.numel()) != 1 or bool(result != 0):
            return []
        value = gg.saved(node, "self")
        if not gg.is_tensor(value):
            return []
    else:
        value = gg.saved(node, "self")
        if value is gg.MISSING or not gg.is_tensor(value):
            return []
    if kind == "pow":
        exponent = gg.saved(node, "exponent")
        if exponent is gg.MISSING or gg.is_tensor(exponent) or float(exponent) <= 1:
            return []
        facts["exponent"] = gg.scalar_text(float(exponent)) or str(exponent)
        facts["slope"] = _pow_slope(float(exponent))
    at = gg.zero_count(value)
    leaf = leaf_through(child, ELEMENTWISE_STEPS)
    if at == 0 or leaf is None or int(leaf.numel()) != int(value.numel()) \
            or id(leaf) not in only_through(root, node, 0):
        return []
    facts.update(at=at, of=int(value.numel()), input=words(child) or "?")
    return [Finding("flat", name, id(leaf), at, facts)]


def _zero_op(root: Any, node: Any, name: str, words: Words) -> list[Finding]:
    """round, sign, floor, a rounded division…: their derivative is 0 everywhere, so every leaf
    reached only through them gets 0."""
    shown = name
    if name in DIVISIONS:
        mode = gg.saved(node, "rounding_mode")
        if mode is gg.MISSING:
            return []
        shown = f"{name} (rounding_mode={mode!r})"
    elif name not in ZERO_DERIVATIVE:
        return []
    out: list[Finding] = []
    for index, (child, _) in enumerate(gg.edges(node)):
        if child is not None:
            out.extend(Finding("zero_op", shown, leaf) for leaf in only_through(root, node, index))
    return out


def _pow_slope(exponent: float) -> str:
    e, rest = gg.scalar_text(exponent), gg.scalar_text(exponent - 1)
    return f"{e}·x" if rest == "1" else f"{e}·x**{rest}"


def _tied(root: Any, node: Any, name: str, words: Words, called: dict[int, tuple[Any, ...]]) -> list[Finding]:
    """max/min (of elements, or of two tensors) where equal values share the gradient."""
    kind = TIES[name]
    if kind == "pair":
        a, b = gg.saved(node, "self"), gg.saved(node, "other")
        if a is gg.MISSING or b is gg.MISSING:
            return []
        like = a.detach() + b.detach()
    else:
        like = gg.saved(node, "result")
        if like is gg.MISSING:
            return []
    produced = called_with_ones(node, like, called)
    out = []
    for index, (child, _) in enumerate(gg.edges(node)):
        share = produced[index] if index < len(produced) else None
        if child is None or share is None:
            continue
        tied = (share > 0) & (share < 1)
        count = _count(tied)
        leaf = leaf_through(child, ELEMENTWISE_STEPS)
        if count == 0 or leaf is None or int(leaf.numel()) != int(share.numel()) \
                or id(leaf) not in only_through(root, node, index):
            continue
        parts = sorted({round(1 / float(v)) for v in share[tied].tolist()})
        out.append(Finding("tie", name, id(leaf), count,
                           {"kind": kind, "share": " / ".join(f"1/{p}" for p in parts),
                            "input": words(child) or "?"}))
    return out


def _passed_over(root: Any, node: Any, name: str, words: Words, called: dict[int, tuple[Any, ...]]) -> list[Finding]:
    """max/min over a dim of a leaf where other values equal the one whose index it returned:
    they get no gradient."""
    child = gg.edges(node)[0][0]
    dim = gg.saved(node, "dim")
    if child is None or not gg.is_leaf_node(child) or dim is gg.MISSING or gg.saved(node, "indices") is gg.MISSING:
        return []
    values = child.variable.detach()
    reduce = values.amax if name == "MaxBackward0" else values.amin
    best = reduce(dim=int(dim), keepdim=True)
    count = _count(values == best) - int(best.numel())   # each slice's equal values but the chosen one
    if count <= 0 or id(child.variable) not in only_through(root, node, 0):
        return []
    return [Finding("passed_over", name, id(child.variable), count, {"fn": ONE_OF_TIES[name]})]


def _detached(graph: gg.Graph, graphless: list[tuple[Any, Any]]) -> list[Finding]:
    """A node that uses a leaf's values through a tensor without a graph (``w.detach()``,
    ``w.data``: they share the leaf's memory): nothing flows back to the leaf that way."""
    leaves: dict[int, Any] = {}
    for node in graph.nodes:
        if gg.is_leaf_node(node) and node.variable.requires_grad:
            leaves.setdefault(_storage(node.variable), node.variable)
    leaves.pop(0, None)
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    if not leaves:
        return out
    for node, value in graphless:
        leaf = leaves.get(_storage(value))
        if leaf is not None and (id(node), id(leaf)) not in seen:
            seen.add((id(node), id(leaf)))
            out.append(Finding("detached", gg.node_name(node), id(leaf)))
    return out


def _storage(t: Any) -> int:
    try:
        return int(t.untyped_storage().data_ptr())
    except Exception:  # noqa: BLE001 - no storage to compare: no claim
        return 0


def _cancelled(root: Any, steps: list[Any], words: Words) -> list[Finding]:
    """Gradients arriving at one node along several paths that add up to exactly 0 where some
    of them are not 0: at a leaf (``w - w``), or at a node every path to a leaf goes through
    and whose whole incoming gradient cancels (``y - y``)."""
    arriving: dict[int, tuple[Any, list[tuple[str, Any]]]] = {}
    for step in steps:
        for leave in step.leaving:
            if leave.target is not None and gg.is_tensor(leave.grad):
                arriving.setdefault(id(leave.target), (leave.target, []))[1].append((step.name, leave.grad))
    out = []
    for target, parts in arriving.values():
        if len(parts) < 2:
            continue
        grads = [g for _, g in parts]
        total = grads[0]
        for g in grads[1:]:
            total = total + g
        some = grads[0] != 0
        for g in grads[1:]:
            some = some | (g != 0)
        cancelled = _count((total == 0) & some)
        if cancelled == 0:
            continue
        shown = "; ".join(f"{n}: {gg.values_text(g)}" for n, g in parts)
        nodes = ", ".join(dict.fromkeys(n for n, _ in parts))
        if gg.is_leaf_node(target):
            out.append(Finding("cancel", nodes, id(target.variable), cancelled,
                               {"parts": shown, "at": words(target) or "?", "paths": len(parts)}))
        elif cancelled == int(total.numel()):
            # why: nothing comes out of a node that receives 0: every leaf below it that is
            # reached only through it gets 0 from this backward
            for leaf in leaves_below(target) - leaves_below(root, skip=_edges_into(steps, target)):
                out.append(Finding("cancel", nodes, leaf, -1,
                                   {"parts": shown, "at": words(target) or gg.node_name(target),
                                    "paths": len(parts)}))
    return out


def _edges_into(steps: list[Any], target: Any) -> list[tuple[Any, int]]:
    return [(step.node, i) for step in steps for i, leave in enumerate(step.leaving) if leave.target is target]


def no_grad_functions(tree: ast.Module | None) -> dict[str, str]:
    """The functions an input defines that run under no_grad: name -> ``@torch.no_grad()``
    (decorated) or ``with torch.no_grad():`` (a block in its body)."""
    found: dict[str, str] = {}
    for stmt in tree.body if tree is not None else ():
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in stmt.decorator_list:
            if grad_off_by(decorator, bare=True):
                found[stmt.name] = "@" + ast.unparse(decorator)
                break
        else:
            for inner in _own_statements(stmt):
                if isinstance(inner, (ast.With, ast.AsyncWith)) and any(
                        grad_off_by(item.context_expr) for item in inner.items):
                    found[stmt.name] = f"with {ast.unparse(inner.items[0].context_expr)}:"
                    break
    return found


def grad_off_by(expr: ast.expr, *, bare: bool = False) -> str | None:
    """How an expression turns gradient recording off in a ``with`` or a decorator:
    ``torch.no_grad()`` and ``torch.set_grad_enabled(False)`` -> ``no_grad``,
    ``torch.inference_mode()`` -> ``inference_mode``; None when it does not. ``bare``: the
    uncalled ``torch.no_grad`` counts too (a decorator may be written so)."""
    called = isinstance(expr, ast.Call)
    if not called and not bare:
        return None
    target = expr.func if isinstance(expr, ast.Call) else expr
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    if name in ("no_grad", "inference_mode"):
        return name
    if name == "set_grad_enabled" and isinstance(expr, ast.Call) and expr.args \
            and isinstance(expr.args[0], ast.Constant) and expr.args[0].value is False:
        return "no_grad"
    return None


def _own_statements(fn: ast.AST) -> list[ast.stmt]:
    """The statements of a function's body, nested blocks included, not those of inner
    functions or classes."""
    out: list[ast.stmt] = []
    todo = list(getattr(fn, "body", []))
    while todo:
        stmt = todo.pop()
        out.append(stmt)
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for attr in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(stmt, attr, None)
            if isinstance(inner, list):
                todo.extend(s for s in inner if isinstance(s, ast.stmt) or isinstance(s, ast.excepthandler))
    return [s for s in out if isinstance(s, ast.stmt)]


# ---------------------------------------------------------------------------------------------
# Paths that each pass back 0 at the same elements
# ---------------------------------------------------------------------------------------------
# nodes whose gradient to each input has the input's elements in the same places, each scaled by
# a local derivative that does not depend on the incoming gradient: calling the node with ones
# gives it, and where it is 0 that input gets 0 whatever arrives. The saved value shaped like the
# node's output, and the kind of reason the explanation gives
DIAGONAL = {
    "AbsBackward0": ("self", "abs"), "PowBackward0": ("self", "pow"), "ReluBackward0": ("result", "relu"),
    "ClampBackward1": ("self", "clamp"), "ClampMinBackward0": ("self", "clamp"),
    "ClampMaxBackward0": ("self", "clamp"), "HardtanhBackward0": ("self", "clamp"),
    "LeakyReluBackward0": ("self", "relu"), "EluBackward0": ("self", "elu"),
    "PreluKernelBackward0": ("self", "prelu"),
    "SigmoidBackward0": ("result", "saturated"), "TanhBackward0": ("result", "saturated"),
    "PowBackward1": ("result", "exponent"), "PowBackward2": ("result", "exponent"),
    "MaxBackward1": ("result", "choice"), "MinBackward1": ("result", "choice"),
    "AmaxBackward0": ("result", "choice"), "AminBackward0": ("result", "choice"),
    "MaximumBackward0": ("", "choice"), "MinimumBackward0": ("", "choice"),
    "WhereBackward0": ("condition", "where"), "MulBackward0": ("", "factor"),
}


@dataclass
class _Stop:
    """One edge of a node that passes back exactly 0 at some elements of one leaf's gradient."""

    node: Any
    index: int
    kind: str
    mask: list[bool]


def zero_paths(root: Any, graph: gg.Graph, words: Words, called: dict[int, tuple[Any, ...]]) -> list[Finding]:
    """For each leaf, the elements of its gradient that every path from ``root`` brings back as
    exactly 0, each path because some node on it passes back 0 there (abs at 0 on one path, x**2
    at 0 on another; round on one, a factor of 0 on the other), when that takes at least two
    nodes; and the gradient to an exponent (``PowBackward1``), 0 where the base is 1 or 0, when
    that node alone does it. A node on its own is the other findings' cause (flat, zero_op…)."""
    stops: dict[int, list[_Stop]] = {}
    leaves: dict[int, Any] = {}
    for node in graph.nodes:
        name = gg.node_name(node)
        if name not in DIAGONAL and name not in ZERO_DERIVATIVE:
            continue
        reached = {index: leaf for index, (child, _) in enumerate(gg.edges(node))
                   if child is not None and (leaf := leaf_through(child, ELEMENTWISE_STEPS)) is not None}
        if not reached:
            continue   # why first: no leaf takes its gradient elementwise, and calling it costs a backward step
        try:
            found = _stops(node, name, called)
        except Exception:  # noqa: BLE001 - no claim without evidence
            continue
        for index, kind, mask in found:
            leaf = reached.get(index)
            # an empty mask: 0 at every element
            if leaf is not None and (not mask or int(leaf.numel()) == len(mask) and any(mask)):
                stops.setdefault(id(leaf), []).append(_Stop(node, index, kind, mask))
                leaves[id(leaf)] = leaf
    out = []
    for key, candidates in stops.items():
        finding = _cut_by(root, key, int(leaves[key].numel()), candidates, words)
        if finding is not None:
            out.append(finding)
    return out


def _stops(node: Any, name: str, called: dict[int, tuple[Any, ...]]) -> list[tuple[int, str, list[bool]]]:
    """(edge, kind, where it passes back 0) for each edge of ``node`` that has a graph."""
    edges = gg.edges(node)
    if name in ZERO_DERIVATIVE:
        return [(i, "zero_op", []) for i, (child, _) in enumerate(edges) if child is not None]
    attr, kind = DIAGONAL[name]
    if name == "PowBackward0" and not exponent_above_one(gg.saved(node, "exponent")):
        return []
    if name == "MulBackward0":
        return _factor_stops(node, edges)
    if attr:
        like = gg.saved(node, attr)
    else:   # a pair: shaped like both inputs together
        a, b = gg.saved(node, "self"), gg.saved(node, "other")
        if not (gg.is_tensor(a) and gg.is_tensor(b)):
            return []
        like = a.detach() + b.detach()
    if not gg.is_tensor(like):
        return []
    if name == "WhereBackward0":
        like = like.to(gg.torch_module(like).float32)
    produced = called_with_ones(node, like, called)
    out = []
    for index, (child, _) in enumerate(edges):
        share = produced[index] if index < len(produced) else None
        if child is None or share is None or int(share.numel()) != int(like.numel()) \
                and kind not in ("choice",):
            continue
        if name == "PowBackward1" and index == 0:
            continue   # the base's own gradient: x**p's slope (flat_at_zero's concern)
        if name == "PreluKernelBackward0" and index == 1:
            continue   # the weight's gradient is the input, summed over the channel: not elementwise
        out.append((index, kind, (share == 0).flatten().tolist()))
    return out


def _factor_stops(node: Any, edges: Any) -> list[tuple[int, str, list[bool]]]:
    """A product's edges whose other factor is 0 somewhere: a number 0 (every element), or a
    tensor shaped like the input it scales (the same elements: nothing is summed over)."""
    out: list[tuple[int, str, list[bool]]] = []
    for index, saved_as in ((0, "other"), (1, "self")):
        child = edges[index][0] if index < len(edges) else None
        factor = gg.saved(node, saved_as)
        if child is None or factor is gg.MISSING:
            continue
        if not gg.is_tensor(factor) or factor.dim() == 0:
            if float(factor) == 0:
                out.append((index, "factor", []))
            continue
        own = gg.saved(node, "self" if saved_as == "other" else "other")
        if own is gg.MISSING and gg.is_leaf_node(child):   # not saved: it needs no gradient
            own = child.variable
        if gg.is_tensor(own) and tuple(own.shape) == tuple(factor.shape):
            out.append((index, "factor", (factor == 0).flatten().tolist()))
    return out


def exponent_above_one(value: Any) -> bool:
    """Whether a power's saved exponent is a number above 1 (x**p is then flat at 0)."""
    try:
        return value is not gg.MISSING and not gg.is_tensor(value) and float(value) > 1
    except (TypeError, ValueError):
        return False


def _cut_by(root: Any, leaf: int, numel: int, candidates: list[_Stop], words: Words) -> Finding | None:
    """The finding for ``leaf`` (of ``numel`` elements) when the elements at which every path from
    ``root`` meets a candidate passing back 0 there exist, and it takes two candidates or a
    power's exponent."""
    masks = [c.mask or [True] * numel for c in candidates]
    patterns = Counter(tuple(i for i, hit in enumerate(column) if hit) for column in zip(*masks))
    patterns.pop((), None)
    count, used = 0, set()
    for which, n in patterns.items():
        if leaf in leaves_below(root, skip=[(candidates[i].node, candidates[i].index) for i in which]):
            continue   # some path gets there around every one of them: not 0 for certain
        count += n
        used.update(_needed(root, leaf, [candidates[i] for i in which]))
    if not count:
        return None
    stops = [c for c in candidates if id(c) in used]
    names = list(dict.fromkeys(gg.node_name(c.node) for c in stops))
    exponent = stops[0] if len(stops) == 1 and stops[0].kind == "exponent" else None
    if len(stops) < 2 and exponent is None:
        return None
    if exponent is not None:
        return Finding("exponent", names[0], leaf, count, {"base": _base_text(exponent.node, words)})
    return Finding("paths", ", ".join(names), leaf, count,
                   {"stops": [(gg.node_name(c.node), c.kind, words(gg.edges(c.node)[c.index][0]) or "?")
                              for c in stops]})


def _base_text(node: Any, words: Words) -> str:
    """The base of ``a ** b`` as the learner wrote it (``x``), else its values (``[1., 0.]``, ``2``)."""
    base = gg.saved(node, "self")
    if base is gg.MISSING:   # the embedded engine's PowBackward2 calls its number base "base"
        base = gg.saved(node, "base")
    edges = gg.edges(node)
    if gg.node_name(node) == "PowBackward1" and edges:
        named = getattr(words, "constant", None)   # a GraphWords also names the inputs without a graph
        shown = words(edges[0][0]) if edges[0][0] is not None else \
            named(node, 0, base) if named is not None else None
        if shown:
            return shown
    if gg.is_tensor(base):
        return gg.values_text(base)
    return gg.scalar_text(float(base)) or str(base)


def _needed(root: Any, leaf: int, stops: list[_Stop]) -> set[int]:
    """Of ``stops``, which together cut every path from ``root`` to ``leaf``, the ones that
    cannot be left out (each dropped in turn, the leaf is reached around the rest)."""
    needed = set()
    for stop in stops:
        rest = [(s.node, s.index) for s in stops if s is not stop]
        if leaf in leaves_below(root, skip=rest):
            needed.add(id(stop))
    return needed or {id(s) for s in stops}
