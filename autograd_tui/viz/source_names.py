"""Names for a graph's constants, read from the code that built the graph.

A constant reaches the graph as an edge ``(None, 0)``, and some nodes keep nothing of it:
``SubBackward0`` of ``y_pred - y_true`` saves no ``other``, so the graph alone can only call it
``c``. The code says more. The tutor knows the source of every input (the learner's lines, the
lesson's replayed steps, the expression given to ``:graph``), and matched against the graph,
node for node, ``loss = (y_pred - y_true)**2`` names that constant ``y_true``.

A name is given only where the match is certain: each operator or call of the statement made
the node it stands for (its name and its inputs agree), each named tensor in it is the very
tensor on that edge, the statement is the latest binding of the name it assigns, and the
constant's own name was not bound again after it. Anything else (an unknown call, a
subscript) gives no name below it; a contradiction drops the whole statement.
"""
from __future__ import annotations

import ast
import inspect
import math
import numbers
import re
import types
from dataclasses import dataclass, field
from typing import Any, Mapping

from autograd_tui.viz import gradgraph as gg

Order = tuple[float, ...]          # when a statement ran: (event, line); later is larger
NOW: Order = (math.inf,)           # the expression typed with :graph runs last of all
STATEMENT_LIMIT = 2000             # characters; a longer statement is not worth reading
LITERAL_LIMIT = 12                 # a number written out longer than this is not a useful label
PART_LIMIT = 24                    # a piece of a tensor (X[:5]) written out longer is not a label
WRITTEN_LIMIT = 60                 # an operand written out longer than this is not quoted

# A binary operator and the nodes PyTorch makes for it (Rsub: number - tensor; Pow2: number ** tensor).
BINARY: dict[type, set[str]] = {
    ast.Add: {"AddBackward0"}, ast.Sub: {"SubBackward0", "RsubBackward1"},
    ast.Mult: {"MulBackward0"}, ast.Div: {"DivBackward0"},
    ast.Pow: {"PowBackward0", "PowBackward1", "PowBackward2"},
    ast.MatMult: {"MmBackward0", "MvBackward0", "DotBackward0", "BmmBackward0"},
}
RSUB_CONSTANT = 1   # the label key of ``2 - x``'s number, which RsubBackward1 has no edge for


@dataclass(frozen=True)
class Statement:
    text: str        # ``loss = (y_pred - y_true)**2``
    order: Order


@dataclass
class SourceBook:
    """What the session knows of its names: the statement behind each current value, and when
    each name was last bound in any way (``a, b = …``, ``for a in …``, ``del a`` too)."""

    statements: dict[str, Statement] = field(default_factory=dict)
    bound: dict[str, Order] = field(default_factory=dict)


@dataclass
class Labels:
    """What the source tells about a graph, keyed by ``id(node)`` (the nodes live while it is drawn)."""

    constants: dict[tuple[int, int], str] = field(default_factory=dict)  # (node, input) -> name
    swapped: dict[int, bool] = field(default_factory=dict)  # node -> written second input first (2 + x)
    written: dict[int, str] = field(default_factory=dict)  # node -> the operand that made it, as typed

    def __bool__(self) -> bool:
        return bool(self.constants or self.swapped or self.written)


class _Contradiction(Exception):
    """The statement does not describe this graph (stale, or another tensor of the same name)."""


@dataclass
class _Match:
    namespace: Mapping[str, Any]
    book: SourceBook
    order: Order
    found: Labels = field(default_factory=Labels)


def constant_labels(root: Any, namespace: Mapping[str, Any] | None, book: SourceBook | None, *,
                    expression: str | None = None, limit: int = gg.EXPRESSION_NODES) -> Labels:
    """Names for the constants under ``root`` (a grad_fn), keyed ``(id(node), index)``.
    ``expression`` is the source of the tensor ``root`` belongs to, when it was typed just now."""
    namespace = namespace or {}
    book = book or SourceBook()
    if root is None:
        return Labels()
    graph = gg.discover(root, limit=limit + 1)
    if len(graph) > limit:
        return Labels()    # why: such a graph is summarised, not labelled
    jobs: list[tuple[ast.expr, Any, int, Order]] = []
    for name, value in list(namespace.items()):
        statement = book.statements.get(name)
        if statement is None or name.startswith("_") or not gg.is_tensor(value):
            continue
        fn = _grad_fn(value)
        if fn is None or fn not in graph.users or book.bound.get(name, statement.order) > statement.order:
            continue
        expr = _assigned_value(statement.text, name)
        if expr is not None:
            jobs.append((expr, fn, _output_nr(value), statement.order))
    if expression:
        expr = _expression(expression)
        if expr is not None:
            jobs.append((expr, root, 0, NOW))
    labels = Labels()
    disputed: set[tuple[int, int]] = set()
    disputed_order: set[int] = set()
    disputed_text: set[int] = set()
    for expr, node, nr, order in jobs:
        match = _Match(namespace, book, order)
        try:
            _note_written(expr, node, nr, match)
            _node(expr, node, nr, match)
        except _Contradiction:
            continue
        for key, text in match.found.constants.items():
            if labels.constants.get(key, text) != text:
                disputed.add(key)
            labels.constants[key] = text
        for node_id, swapped in match.found.swapped.items():
            if labels.swapped.get(node_id, swapped) != swapped:
                disputed_order.add(node_id)
            labels.swapped[node_id] = swapped
        for node_id, text in match.found.written.items():
            if labels.written.get(node_id, text) != text:
                disputed_text.add(node_id)
            labels.written[node_id] = text
    for node_id in disputed_text:
        labels.written.pop(node_id, None)
    for key in disputed:   # two statements name one constant differently: neither is certain
        labels.constants.pop(key, None)
    for node_id in disputed_order:
        labels.swapped.pop(node_id, None)
    return labels


# ---------------------------------------------------------------------------------------------
# Reading the source
# ---------------------------------------------------------------------------------------------
def _assigned_value(text: str, name: str) -> ast.expr | None:
    """The value of the last plain ``name = …`` in ``text`` (``a = b = …`` counts)."""
    if len(text) > STATEMENT_LIMIT:
        return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    found = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name
                                                for t in node.targets):
            found = node.value
    return found


def _expression(text: str) -> ast.expr | None:
    if len(text) > STATEMENT_LIMIT:
        return None
    try:
        return ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def bound_names(source: str | ast.AST) -> dict[str, int]:
    """Every name ``source`` (code, or its parsed tree) binds at its top level (assignments of
    any form, loops, ``with … as``, imports, definitions, ``del``), with the last line that does it."""
    if isinstance(source, ast.AST):
        tree: ast.AST = source
    else:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return {}
    found: dict[str, int] = {}
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            line = getattr(child, "lineno", 0)
            if isinstance(child, ast.Name) and isinstance(child.ctx, (ast.Store, ast.Del)):
                found[child.id] = max(found.get(child.id, 0), line)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                found[child.name] = max(found.get(child.name, 0), line)
                continue   # why: what a body binds is local to it
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                for alias in child.names:
                    bound = alias.asname or alias.name.split(".")[0]
                    found[bound] = max(found.get(bound, 0), line)
            elif isinstance(child, ast.ExceptHandler) and child.name:
                found[child.name] = max(found.get(child.name, 0), line)
            if isinstance(child, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                continue
            stack.append(child)
    return found


# ---------------------------------------------------------------------------------------------
# Matching an expression with the node it made
# ---------------------------------------------------------------------------------------------
def _grad_fn(value: Any) -> Any:
    try:
        return value.grad_fn
    except Exception:  # noqa: BLE001
        return None


def _output_nr(value: Any) -> int:
    nr = getattr(value, "output_nr", None)
    if nr is None:
        nr = getattr(value, "_output_nr", 0)
    return int(nr or 0)


def _base_name(node: Any) -> str:
    return re.sub(r"Backward\d*$", "", gg.node_name(node)).lower()


def _static(expr: ast.expr, m: _Match) -> Any:
    """The value of a name, a literal or a module attribute (``torch.float64``), without
    running anything; gg.MISSING for anything else."""
    if isinstance(expr, ast.Constant):
        return expr.value
    if isinstance(expr, ast.Name):
        return m.namespace.get(expr.id, gg.MISSING)
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, (ast.USub, ast.UAdd)):
        inner = _static(expr.operand, m)
        return inner if isinstance(inner, numbers.Number) and not isinstance(inner, bool) else gg.MISSING
    if isinstance(expr, ast.Attribute):
        base = _static(expr.value, m)
        if isinstance(base, types.ModuleType):   # why: a module's attribute runs no learner code
            return getattr(base, expr.attr, gg.MISSING)
    return gg.MISSING


def _is_number(expr: ast.expr, m: _Match) -> bool:
    value = _static(expr, m)
    return isinstance(value, numbers.Number) and not gg.is_tensor(value)


def _is_plain(expr: ast.expr, m: _Match) -> bool:
    """A value that is no tensor input of a call: a number, a shape, a dtype, a string…"""
    if isinstance(expr, (ast.Tuple, ast.List)):
        return all(_is_plain(e, m) for e in expr.elts)
    value = _static(expr, m)
    return value is not gg.MISSING and not gg.is_tensor(value) and not isinstance(value, (list, tuple))


def _node(expr: ast.expr, node: Any, nr: int, m: _Match) -> None:
    """Match ``expr`` with ``node`` (output ``nr``), filling ``m.found``; raise on a contradiction."""
    if isinstance(expr, ast.Name):
        value = m.namespace.get(expr.id, gg.MISSING)
        if not gg.is_tensor(value):
            raise _Contradiction
        if gg.is_leaf_node(node):
            same = getattr(node, "variable", None) is value
        else:
            same = _grad_fn(value) is node and _output_nr(value) == nr
        if not same:
            raise _Contradiction
        return
    if nr:
        return   # one output of several (unbind, split): the source is not read further
    name = gg.node_name(node)
    if isinstance(expr, ast.BinOp):
        if name in BINARY.get(type(expr.op), ()):
            _inputs(_binary(expr, node, m), node, m)
        return
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.UAdd):
        _node(expr.operand, node, nr, m)
    elif isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.USub) and name == "NegBackward0":
        _inputs([(expr.operand, 0)], node, m)
    elif isinstance(expr, ast.Call):
        pairs = _call(expr, node, m)
        if pairs is not None:
            _inputs(pairs, node, m)


def _binary(expr: ast.BinOp, node: Any, m: _Match) -> list[tuple[ast.expr, int]]:
    name = gg.node_name(node)
    left_number, right_number = _is_number(expr.left, m), _is_number(expr.right, m)
    if left_number and right_number:
        raise _Contradiction   # two numbers make no node
    if name == "RsubBackward1":   # 2 - x
        if not left_number:
            raise _Contradiction
        label = _constant_name(expr.left, m)
        if label:
            m.found.constants[(id(node), RSUB_CONSTANT)] = label
        return [(expr.right, 0)]
    if name == "PowBackward0":    # x ** 2: the exponent is saved and shown already
        return [(expr.left, 0)] if right_number else []
    if name == "PowBackward2":    # 2 ** x
        return [(expr.right, 0)] if left_number else []
    if len(gg.edges(node)) != 2:
        return []
    m.found.swapped[id(node)] = left_number
    if left_number:   # why: PyTorch runs 2 + x as add(x, 2): the number is the second input
        return [(expr.right, 0), (expr.left, 1)]
    return [(expr.left, 0), (expr.right, 1)]


def _call(expr: ast.Call, node: Any, m: _Match) -> list[tuple[ast.expr, int]] | None:
    """``torch.f(a, b)``, ``F.f(a, b)``, ``f(a, b)`` or ``a.f(b)`` made a node named ``F…Backward``:
    its tensor inputs, in order, are the arguments that are no plain values."""
    if any(isinstance(a, ast.Starred) for a in expr.args):
        return None
    func = expr.func
    if isinstance(func, ast.Attribute):
        is_function = isinstance(_static(func.value, m), types.ModuleType)
        operands = list(expr.args) if is_function else [func.value, *expr.args]
        called = func.attr
    elif isinstance(func, ast.Name):
        linear = _linear_call(expr, func.id, node, m)
        if linear is not None:
            return linear
        operands, called = list(expr.args), _callee_name(func.id, m)
    else:
        return None
    if called.lower().replace("_", "") != _base_name(node):
        return None
    operands = [a for a in operands if not _is_plain(a, m)]
    if len(operands) != len(gg.edges(node)):
        return None
    return [(a, i) for i, a in enumerate(operands)]


def _leaf_variable(edge: tuple[Any, int]) -> Any:
    child = edge[0]
    return getattr(child, "variable", None) if child is not None and gg.is_leaf_node(child) else None


def _linear_call(expr: ast.Call, name: str, node: Any, m: _Match) -> list[tuple[ast.expr, int]] | None:
    """``model(X)`` with ``model`` an ``nn.Linear`` and ``X`` a matrix: PyTorch's linear made
    ``AddmmBackward0`` of (bias, X, weight.t()), or ``MmBackward0`` of (X, weight.t()) without a
    bias. Its input is named only when the node's other inputs are this very module's
    parameters; any other shape of graph (a batch of matrices, frozen weights) names nothing."""
    module = m.namespace.get(name, gg.MISSING)
    if type(module).__name__ != "Linear" or len(expr.args) != 1 or expr.keywords:
        return None
    weight, bias = getattr(module, "weight", None), getattr(module, "bias", None)
    children = gg.edges(node)
    if bias is not None and gg.node_name(node) == "AddmmBackward0" and len(children) == 3 \
            and _leaf_variable(children[0]) is bias:
        index, transposed = 1, children[2][0]
    elif bias is None and gg.node_name(node) == "MmBackward0" and len(children) == 2:
        index, transposed = 0, children[1][0]
    else:
        return None
    if transposed is None or gg.node_name(transposed) != "TBackward0" \
            or _leaf_variable(gg.edges(transposed)[0]) is not weight:
        return None
    return [(expr.args[0], index)]


def _callee_name(name: str, m: _Match) -> str:
    """What a called name is: ``mse`` imported as mse_loss is ``mse_loss``; ``criterion``, an
    ``nn.MSELoss()``, is ``MSELoss`` (whose node is MseLossBackward0)."""
    target = m.namespace.get(name, gg.MISSING)
    if inspect.isroutine(target):  # a function, a builtin (the engine's torch.sigmoid looks like one)
        return getattr(target, "__name__", name)
    if target is not gg.MISSING and not isinstance(target, type) and callable(target):
        return type(target).__name__
    return name


def _inputs(pairs: list[tuple[ast.expr, int]], node: Any, m: _Match) -> None:
    children = gg.edges(node)
    for operand, index in pairs:
        if index >= len(children):
            raise _Contradiction
        child, nr = children[index]
        if child is None:
            label = _constant_name(operand, m, node, index)
            if label:
                m.found.constants[(id(node), index)] = label
        elif _is_number(operand, m):
            raise _Contradiction   # a number where a tensor with a graph is
        else:
            _note_written(operand, child, nr, m)
            _node(operand, child, nr, m)


def _note_written(expr: ast.expr, node: Any, nr: int, m: _Match) -> None:
    """Keep how the learner wrote what made ``node`` (``f(w)``): the graph of a function's body
    cannot be read back into source. A bare name is left to the Namer."""
    if nr == 0 and not isinstance(expr, ast.Name):
        text = ast.unparse(expr)
        if len(text) <= WRITTEN_LIMIT:
            m.found.written[id(node)] = text


_SAVED_OPERAND = ("_saved_self", "_saved_other")   # what a node like MulBackward0 keeps of input 0, 1


def _same_as_saved(value: numbers.Number, node: Any, index: int) -> bool:
    """Whether ``value`` is what ``node`` saved of its input ``index`` (True when it saved nothing)."""
    if node is None or index >= len(_SAVED_OPERAND):
        return True
    try:
        saved = getattr(node, _SAVED_OPERAND[index])
    except (AttributeError, RuntimeError):   # saves nothing of it, or the graph was freed
        return True
    try:
        return bool(saved == value) if not gg.is_tensor(saved) else bool(saved.numel() == 1 and saved.item() == value)
    except (TypeError, ValueError, RuntimeError):
        return False


def _constant_name(expr: ast.expr, m: _Match, node: Any = None, index: int = 0) -> str | None:
    """The label of an operand on a ``(None, 0)`` edge: its name, or a short number literal."""
    if isinstance(expr, ast.Name):
        value = m.namespace.get(expr.id, gg.MISSING)
        if gg.is_tensor(value):
            if value.requires_grad:
                raise _Contradiction   # a tensor with a graph cannot be a constant edge
        elif not isinstance(value, numbers.Number):
            return None
        elif not _same_as_saved(value, node, index):
            return None   # a number rebound out of sight (exec, globals()): not the one used
        if m.book.bound.get(expr.id, m.order) > m.order:
            return None   # bound again since: today's y_true may not be the one used
        return expr.id
    if _is_number(expr, m):
        text = ast.unparse(expr)
        return text if len(text) <= LITERAL_LIMIT else None
    if isinstance(expr, (ast.Subscript, ast.Attribute)):
        return _part_of_a_tensor(expr, m)
    return None


def _part_of_a_tensor(expr: ast.Subscript | ast.Attribute, m: _Match) -> str | None:
    """``X[:5]``, ``X.T``, ``batch[0][:, 1]``: a piece of a named tensor that needs no gradient,
    written as typed. Its name and every name in its indices must not be bound again since,
    and nothing in it may call code."""
    base: ast.expr = expr
    while isinstance(base, (ast.Subscript, ast.Attribute)):
        base = base.value
    if not isinstance(base, ast.Name) or any(isinstance(n, (ast.Call, ast.NamedExpr, ast.Lambda))
                                             for n in ast.walk(expr)):
        return None
    value = m.namespace.get(base.id, gg.MISSING)
    if not gg.is_tensor(value) or value.requires_grad:
        return None
    names = {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)}
    if any(m.book.bound.get(name, m.order) > m.order for name in names):
        return None
    text = ast.unparse(expr)
    return text if len(text) <= PART_LIMIT else None
