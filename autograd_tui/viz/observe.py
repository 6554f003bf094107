"""What happened in a session, for ``:why``: backward calls, names that were rebound, blocks
run under ``no_grad`` and ``zero_grad`` calls.

The tutor installs one :class:`SessionLog` per session. It watches from the outside only:
``Tensor.backward``, ``torch.autograd.backward``, ``Optimizer.zero_grad`` and
``Module.zero_grad`` are wrapped at the module level (the same with real PyTorch), and the
shell calls :meth:`SessionLog.before_input` / :meth:`SessionLog.after_input` around each input.
Graphs are remembered through weak references, so the log never keeps a learner's tensors alive.
"""
from __future__ import annotations

import ast
import functools
import importlib
import re
import warnings
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

from autograd_tui.viz import gradgraph as gg
from autograd_tui.viz import grad_bounds, nan_watch, path_evidence, source_names
from autograd_tui.viz.path_evidence import Finding

NAN_REPLAY_NODES = 60    # graphs up to this size are replayed before backward to find a NaN's origin
# graphs up to this size are read before backward for what their saved values show (flat points,
# masks, zero factors, ties): that reading is one pass over the nodes, the replay a second backward
READ_NODES = 200
MASKS = {"ReluBackward0": "relu", "ClampBackward1": "clamp", "ClampMinBackward0": "clamp",
         "ClampMaxBackward0": "clamp", "ClampBackward0": "clamp", "HardtanhBackward0": "hardtanh",
         "MaximumBackward0": "max", "MinimumBackward0": "min", "MaxBackward1": "max",
         "MinBackward1": "min", "MaxBackward0": "max", "MinBackward0": "min", "AmaxBackward0": "max",
         "AminBackward0": "min", "WhereBackward0": "where", "LeakyReluBackward0": "leaky_relu",
         "EluBackward0": "elu", "PreluKernelBackward0": "prelu"}
# functions whose output is exactly at a limit (sigmoid's 0 or 1, tanh's -1 or 1) for a large
# input: their slope there, result * (1 - result) or 1 - result**2, is exactly 0
SATURATING = {"SigmoidBackward0": "sigmoid", "TanhBackward0": "tanh"}
DETACHING = {"detach": ".detach()", "data": ".data", "item": ".item()", "numpy": ".numpy()",
             "tolist": ".tolist()"}


@dataclass
class ZeroFactor:
    """A product on the way to some leaves whose other factor is 0 somewhere: the gradient it
    passes on is the incoming one times that factor, so 0 there."""

    node: str                        # MulBackward0
    factor: str                      # the factor as the learner wrote it, or its value
    zeros: int                       # how many elements of the factor are 0
    numel: int
    leaves: set[int] = field(default_factory=set)   # ids of the leaves reached only through that edge
    constant: bool = False           # a number typed in the product (``w * 0``)
    # a matrix product whose factor has whole lines of 0 ("columns" or "rows"), their indices,
    # how many lines it has, and how many elements of the leaf's gradient they make 0
    axis: str = ""
    lines: list[int] = field(default_factory=list)
    total: int = 0
    forced: int = 0


@dataclass
class BackwardCall:
    """One observed ``backward()``: what it started from and which leaves it could reach."""

    number: int                      # event order in the session
    root_name: str | None
    root_node: str | None            # the root's grad_fn name, None when it had none
    root_numel: int
    root_nonfinite: bool             # the forward value was already NaN or inf
    root_ref: Any = None             # weakref to the root tensor
    leaves: list[Any] = field(default_factory=list)        # weakrefs to the leaves reached
    leaf_users: dict[int, list[str]] = field(default_factory=dict)  # id(leaf) -> nodes using it
    retained: list[Any] = field(default_factory=list)      # weakrefs to retain_grad() tensors
    fresh: set[int] = field(default_factory=set)   # ids of leaves whose .grad was None or zero
    node_names: list[str] = field(default_factory=list)
    masks: list[str] = field(default_factory=list)   # mask nodes that let nothing through somewhere
    saturated: list[str] = field(default_factory=list)   # sigmoid/tanh nodes whose output reached a limit
    sum_of: int = 0                  # a root that is sum(): how many elements it added
    nan_node: str | None = None      # where a NaN or inf first appears in the backward walk
    nan_input: str | None = None     # why: "zero", "overflow", "where"
    # what the replay for nan_node found: "found", "finite" (every gradient it passed on was
    # finite), "too_big" (neither replayed nor watched), "unsure" (it could not tell) or "" (not
    # replayed); a graph too big to replay is watched by hooks instead (nan_watch), "watching"
    # while its backward runs
    nan_walk: str = ""
    zero_error: tuple[str, str] | None = None   # (loss node, the error it got, all 0): see _zero_error
    zero_factors: list[ZeroFactor] = field(default_factory=list)   # products by a factor with zeros
    findings: list[Finding] = field(default_factory=list)   # see path_evidence
    constants: list[str] = field(default_factory=list)   # named tensors without a graph the nodes use
    error: str | None = None         # the exception backward raised
    watch: Any = None                # the nan_watch.NanWatch hooked on this backward while it runs
    custom: bool = False             # a custom Function's node is in the graph: not replayed
    hooked: list[str] = field(default_factory=list)   # tensors of this graph with a hook of the learner's
    unhooked: dict[int, Any] = field(default_factory=dict)   # id(fresh leaf) -> its gradient without hooks

    def reached(self, tensor: Any) -> bool:
        return any(ref() is tensor for ref in self.leaves + self.retained)


@dataclass
class Rebinding:
    name: str
    number: int
    source: str
    old_was_leaf: bool
    old_requires_grad: bool
    old_grad: str | None             # the old tensor's .grad, as text (None when it had none)
    old_ref: Any = None


@dataclass
class ZeroGrad:
    number: int
    set_to_none: bool
    params: list[Any] = field(default_factory=list)   # weakrefs


@dataclass
class Assignment:
    """How the latest input that assigned a name did it."""

    number: int
    source: str
    under: str | None = None           # "no_grad" / "inference_mode"
    detached_by: str | None = None     # ".detach()", ".data", ".item()"…
    uses: tuple[str, ...] = ()         # the names the assigned expression reads
    line: int = 0                      # the statement's line in its input
    ref: Any = None                    # weakref to the value it assigned (the graph's namer checks it)
    grad_off: bool = False             # gradient recording was off when the input ended


class GraphWords:
    """What the learner wrote for the nodes of one backward's graph, worked out from the session's
    source only when first asked, and at most once (it is kept for that backward only: the namer
    holds the graph's tensors)."""

    def __init__(self, log: SessionLog, root: Any, graph: gg.Graph) -> None:
        self._log, self._root, self._graph = log, root, graph
        self._source: tuple[gg.Namer, dict[Any, Any], dict[int, str]] | None = None
        self._words: dict[Any, str | None] | None = None

    def source(self) -> tuple[gg.Namer, dict[Any, Any], dict[int, str]]:
        """A namer with the constants' names, each node's expression, and the operands as typed."""
        if self._source is None:
            log = self._log
            try:
                namer = gg.Namer(log.namespace)
                labels = source_names.constant_labels(self._root.grad_fn, log.namespace, log._book_during_input())
                namer.constants.update(labels.constants)
                namer.swapped.update(labels.swapped)
                self._source = (namer, gg.expressions(self._graph, namer), labels.written)
            except Exception:  # noqa: BLE001 - the words are a nicety; the cause stands without them
                self._source = (gg.Namer(None), {}, {})
        return self._source

    def __call__(self, node: Any) -> str | None:
        """A node's output as the learner calls it: their own name first (y), then what the
        graph computed (w*3)."""
        if self._words is None:
            namer, exprs, _ = self.source()
            self._words = {n: namer.node(n) or namer.leaf(n)
                           or (" ".join(e.text.split()) if (e := exprs.get(n)) is not None else None)
                           for n in self._graph.nodes}
        return self._words.get(node)

    def constant(self, node: Any, index: int, value: Any) -> str | None:
        """The learner's name for input ``index`` of ``node``, a tensor without a graph (``base``
        of ``base ** e``), whose value the node saved as ``value``."""
        namer = self.source()[0]
        return namer.constant(node, index) or namer.tensor(value)


class SessionLog:
    def __init__(self, namespace: dict[str, Any] | None = None) -> None:
        self.namespace = namespace if namespace is not None else {}
        self.events = 0
        self.inputs = 0
        self.backwards: list[BackwardCall] = []
        self.rebindings: dict[str, Rebinding] = {}
        self.assignments: dict[str, Assignment] = {}
        self.zero_grads: list[ZeroGrad] = []
        self.cleared: dict[str, int] = {}     # name -> event of a typed ``name.grad = None``
        self.zeroed: dict[str, int] = {}      # name -> the last event before an input typing ``name.grad.zero_()``
        self.hooks: list[tuple[Any, str]] = []   # (weakref to the tensor, registering method)
        self.bound: dict[str, tuple[int, int]] = {}   # name -> (event, line) of its latest binding
        # name -> (how it turns recording off, weakref to the function) for each function an
        # input defined under no_grad (``@torch.no_grad()``, a ``with torch.no_grad():`` inside)
        self.no_grad_functions: dict[str, tuple[str, Any]] = {}
        self._before: dict[str, Any] = {}
        self._source = ""
        self._started = 0   # the event count when the current input began

    # -------------------------------------------------------------- around each input
    def before_input(self, source: str, namespace: dict[str, Any], torch: Any = None) -> None:
        """``torch``: the module the input will use, when the caller knows it (a script's run)."""
        torch = torch if torch is not None else namespace.get("torch")
        if torch is None:
            torch = _torch_imported_by(source)
        if torch is not None and hasattr(torch, "Tensor"):
            install(self, torch)   # the torch this session imported: the engine or PyTorch
        self.namespace = namespace
        self.inputs += 1
        self._started = self.events
        self._source = source
        self._before = {k: v for k, v in namespace.items() if not k.startswith("_") and gg.is_tensor(v)}

    def after_input(self, source: str, namespace: dict[str, Any]) -> None:
        self.events += 1
        tree = _parse(source)   # why: once per input; a pasted line can be megabytes long
        statements = _assigned(source, tree)
        self._note_bound(tree)
        self._note_functions(tree, namespace)
        for name in _grad_reset_by_hand(tree, "cleared"):
            self.cleared[name] = self.events
        for name in _grad_reset_by_hand(tree, "zeroed"):
            # why the input's start: a backward later in the same input (zero_() first, the
            # usual loop) may have filled it again
            self.zeroed[name] = self._started
        grad_off = _grad_off(namespace.get("torch"))
        for name, new in list(namespace.items()):
            if name.startswith("_") or not gg.is_tensor(new):
                continue
            old = self._before.get(name)
            if old is not None and old is not new:
                self.rebindings[name] = Rebinding(
                    name, self.events, statements.get(name, (source,))[0].strip(),
                    bool(old.is_leaf), bool(old.requires_grad),
                    None if _grad_of(old) is None else gg.values_text(_grad_of(old)), _weak(old))
            if name in statements and (old is not new):
                text, under, detached, uses, line = statements[name]
                self.assignments[name] = Assignment(self.events, text.strip(), under, detached, uses,
                                                    line, _weak(new), grad_off)
        self._before = {}

    def replayed(self, sources: list[str], namespace: dict[str, Any]) -> None:
        """A lesson rebuilt ``namespace`` by running ``sources`` in order (resume, :retry,
        :reset): their assignments are the story of its names now, as if they had been typed."""
        torch = namespace.get("torch")
        if torch is not None and hasattr(torch, "Tensor"):
            install(self, torch)
        self.namespace = namespace
        for source in sources:
            self.events += 1
            tree = _parse(source)
            self._note_bound(tree)
            self._note_functions(tree, namespace)
            for name, (text, under, detached, uses, line) in _assigned(source, tree).items():
                value = namespace.get(name)
                if value is None:
                    continue
                self.assignments[name] = Assignment(self.events, text.strip(), under, detached, uses,
                                                    line, _weak(value))

    def _note_functions(self, tree: ast.Module | None, namespace: dict[str, Any]) -> None:
        for name, how in path_evidence.no_grad_functions(tree).items():
            ref = _weak(namespace.get(name))
            if ref is not None:
                self.no_grad_functions[name] = (how, ref)

    def _note_bound(self, tree: ast.Module | None) -> None:
        for name, line in (source_names.bound_names(tree) if tree is not None else {}).items():
            self.bound[name] = (self.events, line)

    def source_book(self, namespace: dict[str, Any]) -> source_names.SourceBook:
        """For naming a graph's constants: the statement behind each name's current value."""
        book = source_names.SourceBook(bound={k: tuple(map(float, v)) for k, v in self.bound.items()})
        for name, rebinding in self.rebindings.items():
            # why: a tensor name rebound out of sight (a function's `global`, exec) counts too;
            # line 0, so that a statement of the same input still explains its own name
            book.bound[name] = max(book.bound.get(name, (0.0,)), (float(rebinding.number), 0.0))
        for name, assignment in self.assignments.items():
            value = namespace.get(name)
            if value is not None and assignment.ref is not None and assignment.ref() is value:
                book.statements[name] = source_names.Statement(
                    assignment.source, (float(assignment.number), float(assignment.line)))
        return book

    def _book_during_input(self) -> source_names.SourceBook:
        """The source book while an input still runs: its own statements count too, so that a
        backward in the input that built the graph (a loop, a function's body run by a line)
        sees ``y = w * 3 - 6`` as written. The match with the graph checks each statement."""
        book = self.source_book(self.namespace)
        tree = _parse(self._source)
        now = float(self.events)
        for name, line in (source_names.bound_names(tree) if tree is not None else {}).items():
            book.bound[name] = max(book.bound.get(name, (0.0,)), (now, float(line)))
        for name, (text, _under, _detached, _uses, line) in _assigned(self._source, tree).items():
            if gg.is_tensor(self.namespace.get(name)):
                book.statements[name] = source_names.Statement(text.strip(), (now, float(line)))
        return book

    # -------------------------------------------------------------- wrapped calls
    def on_backward(self, roots: tuple[Any, ...], implicit: bool = False) -> BackwardCall | None:
        """A backward from ``roots`` is about to run; ``implicit``: it was given no gradient."""
        self.events += 1
        root = next((r for r in roots if gg.is_tensor(r)), None)
        if root is None:
            return None
        call = BackwardCall(self.events, _name_in(self.namespace, root) or _unnamed(root),
                            gg.node_name(root.grad_fn) if root.grad_fn is not None else None,
                            _numel(root), _nonfinite(root), _weak(root))
        graph = gg.discover(root.grad_fn) if root.grad_fn is not None else gg.Graph(None)
        called: dict[int, tuple[Any, ...]] = {}   # path_evidence.called_with_ones, for this backward
        if call.root_node == "SumBackward0":
            call.sum_of = _summed(root)
        for node in graph.nodes:
            name = gg.node_name(node)
            call.node_names.append(name)
            if gg.is_leaf_node(node):
                ref = _weak(node.variable)
                if ref is not None:
                    call.leaves.append(ref)
                if _empty_grad(node.variable):
                    call.fresh.add(id(node.variable))
            if name in MASKS and _blocks(node, name, called):
                call.masks.append(name)
            if name in SATURATING and _at_limit(node, name):
                call.saturated.append(name)
            for child, _ in gg.edges(node):
                if child is not None and gg.is_leaf_node(child):
                    call.leaf_users.setdefault(id(child.variable), []).append(name)
        for value in list(self.namespace.values()):
            if gg.is_tensor(value) and getattr(value, "retains_grad", False) and value.grad_fn in graph.users:
                ref = _weak(value)
                if ref is not None:
                    call.retained.append(ref)
        # why: a replay would run the backward of a custom Function a second time, and the learner
        # would see what it prints twice
        call.custom = any(gg.is_custom_node(node) for node in graph.nodes)
        watched = len(graph) > NAN_REPLAY_NODES or call.custom
        if root.grad_fn is not None and len(graph) <= READ_NODES:
            steps = None
            if watched:
                pass   # not replayed: watched for NaN by hooks below
            elif call.root_nonfinite or self._hooked(call, graph) \
                    or grad_bounds.replay_can_find(root, graph, implicit and len(roots) == 1):
                steps = _replay(root)
                if not call.root_nonfinite:
                    call.nan_node, call.nan_input, call.nan_walk = _nan_origin(steps)
                if call.hooked:   # why: the replay runs no hook, so it shows what they changed
                    call.unhooked = {id(step.node.variable): step.arriving for step in steps or ()
                                     if step.leaf_name is not None and id(step.node.variable) in call.fresh}
            else:   # why: the replay is a second backward, and nothing it finds can be there
                call.nan_walk = "finite"
            words = GraphWords(self, root, graph)   # this backward's only: it holds the graph's tensors
            try:
                call.zero_error = self._zero_error(root, words)
                call.zero_factors = self._zero_factors(root, graph, words)
                # why up to the replay's size only: reading every saved value of every node is
                # most of the cost of reading a graph of 200 nodes
                graphless = path_evidence.graphless_inputs(graph) if len(graph) <= NAN_REPLAY_NODES else []
                call.findings = path_evidence.findings(root.grad_fn, graph, steps, words, graphless, called)
                call.constants = list(dict.fromkeys(
                    held for _, value in graphless if (held := _name_in(self.namespace, value)) is not None))
            except Exception:  # noqa: BLE001 - what was read so far stands; the call is still seen
                pass
        if root.grad_fn is not None and watched and not call.root_nonfinite:
            # why last: nothing after it may fail and leave the hooks on
            nan_watch.watch_for_nan(call, root, graph, implicit and len(roots) == 1)
        self.backwards.append(call)
        return call

    def _hooked(self, call: BackwardCall, graph: gg.Graph) -> bool:
        """Note in ``call`` the tensors of ``graph`` the learner hung a hook on; whether any."""
        leaves = {id(node.variable) for node in graph.nodes if gg.is_leaf_node(node)}
        for ref, _ in self.hooks:
            tensor = ref()
            if tensor is None:
                continue
            if id(tensor) in leaves if tensor.grad_fn is None else tensor.grad_fn in graph.users:
                call.hooked.append(_name_in(self.namespace, tensor) or "?")
        call.hooked = list(dict.fromkeys(call.hooked))
        return bool(call.hooked)

    def _zero_error(self, root: Any, words: GraphWords) -> tuple[str, str] | None:
        """(the loss node, its error as written) when every gradient of this backward must be 0
        because the error it squares (or takes the absolute value of) is exactly 0 everywhere."""
        found = _zero_error_node(root.grad_fn)
        if found is None:
            return None
        node, parts = found
        namer, exprs, written = words.source()
        try:
            return gg.node_name(node), self._error_text(node, parts, namer, exprs, written)
        except Exception:  # noqa: BLE001 - never lose the rest of what this backward showed
            return gg.node_name(node), "?"

    def _zero_factors(self, root: Any, graph: gg.Graph, words: GraphWords) -> list[ZeroFactor]:
        """Each product in the graph whose other factor has a 0 (a matrix product's: is all 0),
        for the inputs that need a gradient, with the leaves whose every path from the root goes
        through that input (a leaf reached around it too gets gradient from elsewhere: the
        product alone decides nothing)."""
        found: list[tuple[Any, int, int, Any, path_evidence.ZeroLines | None]] = []
        for node in graph.nodes:
            name = gg.node_name(node)
            edges = gg.edges(node)
            for index, partner, saved_as in PRODUCTS.get(name, ()):
                if index >= len(edges) or edges[index][0] is None:
                    continue
                value = gg.saved(node, saved_as)
                zeros = _zeros(value) if gg.is_tensor(value) else 0
                if not zeros:
                    continue
                lines = None if name in ELEMENTWISE or zeros == _numel(value) \
                    else path_evidence.zero_lines(name, index, value)
                if name in ELEMENTWISE or zeros == _numel(value) or lines is not None:
                    found.append((node, index, partner, value, lines))
        if not found:
            return []
        namer, exprs, _ = words.source()
        factors = []
        for node, index, partner, value, lines in found:
            text, constant = _factor_text(node, partner, value, namer, exprs)
            only_here = path_evidence.only_through(root.grad_fn, node, index)
            factor = ZeroFactor(gg.node_name(node), text, _zeros(value), _numel(value), only_here, constant)
            if lines is not None:
                # some lines of a matrix factor are 0: certain only where the gradient reaches the
                # leaf with its elements merely moved (a transpose, a view)
                leaf = path_evidence.leaf_through(gg.edges(node)[index][0], path_evidence.REARRANGING)
                if leaf is None or id(leaf) not in only_here:
                    continue
                factor.axis, factor.lines, factor.total = lines.axis, lines.which, lines.total
                factor.forced = lines.forced(_numel(leaf))
                factor.leaves = {id(leaf)}
            factors.append(factor)
        return factors

    def _error_text(self, node: Any, parts: list[int], namer: gg.Namer, exprs: dict[Any, Any],
                    written: dict[int, str]) -> str:
        """``w*x - y_true`` for x**2 or |x| of it; ``prediction - target`` for a loss function.
        Where the graph alone has a constant nobody named (``3*w - c``: a function's body, which
        the source does not show), the operand as the learner typed it (``f(w)``) says more."""
        texts = []
        for index in parts:
            child = gg.edges(node)[index][0]
            expr = exprs.get(child) if child is not None else gg.constant_of(node, index, namer)
            typed = written.get(id(child)) if child is not None else None
            if typed and (expr is None or self._has_unnamed_constant(expr.text)):
                expr = gg.Expr(typed, gg.ATOM if _is_atom(typed) else gg.SUM)
            target = gg.saved(node, "target") if index == 1 else gg.MISSING
            named = namer.tensor(target) if target is not gg.MISSING else None   # MSE's saved target
            if expr is None:
                texts.append(named or "?")
            else:   # the prediction of prediction - target grouped when it is a sum itself
                texts.append(f"({expr.text})" if len(parts) == 2 and expr.prec <= gg.SUM else expr.text)
        return texts[0] if len(texts) == 1 else f"{texts[0]} - {texts[1]}"

    def _has_unnamed_constant(self, text: str) -> bool:
        """Whether ``text`` holds the ``c`` the graph writes for a constant nobody named."""
        return re.search(r"(?<![\w.])c(?![\w(])", text) is not None and "c" not in self.namespace

    def on_hook(self, tensor: Any, method: str) -> None:
        ref = _weak(tensor)
        if ref is not None:
            self.hooks.append((ref, method))

    def hooks_on(self, tensor: Any) -> int:
        return sum(1 for ref, _ in self.hooks if ref() is tensor)

    def on_zero_grad(self, owner: Any, set_to_none: bool) -> None:
        self.events += 1
        params: list[Any] = []
        try:
            if hasattr(owner, "param_groups"):
                params = [p for group in owner.param_groups for p in group["params"]]
            elif hasattr(owner, "parameters"):
                params = list(owner.parameters())
        except Exception:  # noqa: BLE001 - a half-built optimizer
            params = []
        self.zero_grads.append(ZeroGrad(self.events, bool(set_to_none),
                                        [r for r in map(_weak, params) if r is not None]))


def _weak(obj: Any) -> Any:
    try:
        return weakref.ref(obj)
    except TypeError:
        return None


def _grad_of(t: Any) -> Any:
    """``t.grad`` where it exists, without the warning reading a non-leaf's ``.grad`` gives: the
    observer must never print anything into the learner's session."""
    if not (t.is_leaf or getattr(t, "retains_grad", False)):
        return None
    return t.grad


def _empty_grad(t: Any) -> bool:
    try:
        grad = _grad_of(t)
        return grad is None or not bool((grad != 0).any())
    except Exception:  # noqa: BLE001
        return False


def _numel(t: Any) -> int:
    try:
        return int(t.numel())
    except Exception:  # noqa: BLE001
        return 0


def _nonfinite(t: Any) -> bool:
    return nan_watch.nonfinite(t)


def _name_in(namespace: dict[str, Any], value: Any) -> str | None:
    for key, item in list(namespace.items()):
        if item is value and not key.startswith("_"):
            return key
    return None


def _unnamed(root: Any) -> str | None:
    """An unnamed root such as ``torch.sqrt(a).sum()`` is called by its node: ``<SumBackward0>``."""
    return f"<{gg.node_name(root.grad_fn)}>" if root.grad_fn is not None else None


def _summed(root: Any) -> int:
    """How many elements a ``sum()`` root added: calling its node gives its input's gradient,
    whose size is the input's (the node's saved sizes are not public on every backend)."""
    try:
        torch = gg.torch_module(root)
        with torch.no_grad():
            produced = root.grad_fn(torch.ones_like(root.detach()))
        first = produced[0] if isinstance(produced, (tuple, list)) else produced
        return int(first.numel())
    except Exception:  # noqa: BLE001 - no claim without evidence
        return 0


# Products: the gradient to one factor is the incoming one times the other factor. For each
# input that gets a gradient: (its edge, the other factor's edge, the name the other is saved as)
PRODUCTS = {
    "MulBackward0": ((0, 1, "other"), (1, 0, "self")),
    "MmBackward0": ((0, 1, "mat2"), (1, 0, "self")),
    "BmmBackward0": ((0, 1, "mat2"), (1, 0, "self")),
    "AddmmBackward0": ((1, 2, "mat2"), (2, 1, "mat1")),   # edge 0 is the bias, added
    "MvBackward0": ((0, 1, "vec"), (1, 0, "self")),
    "DotBackward0": ((0, 1, "tensor"), (1, 0, "self")),
}
# where a zero of the factor zeroes the same element of the gradient; in a matrix product it
# mixes with the others, and only a factor that is all 0 is certain to give 0
ELEMENTWISE = {"MulBackward0"}


def _factor_text(node: Any, partner: int, value: Any, namer: gg.Namer, exprs: dict[Any, Any]) -> tuple[str, bool]:
    """The other factor as the learner wrote it (``x``, ``0``), else its values; and whether
    it is a number typed in the product."""
    child = gg.edges(node)[partner][0]
    expr = exprs.get(child) if child is not None else None
    if child is None:
        expr = gg.constant_of(node, partner, namer) if gg.node_name(node) in ELEMENTWISE else None
        named = namer.constant(node, partner) or namer.tensor(value)
        if expr is None and named:
            expr = gg.Expr(named, gg.ATOM)
    text = " ".join((expr.text if expr is not None else gg.values_text(value)).split())
    return text, child is None and gg.scalar_text(value) == text


def _zeros(value: Any) -> int:
    try:
        if not gg.is_tensor(value) or value.dim() == 0:   # a number: no tensor operation needed
            return int(float(value) == 0)
        return gg.zero_count(value)
    except Exception:  # noqa: BLE001 - no claim without evidence
        return 0


def _grad_off(torch: Any) -> bool:
    """Whether ``torch`` records no graph now (``torch.set_grad_enabled(False)`` typed)."""
    try:
        return torch is not None and not bool(torch.is_grad_enabled())
    except Exception:  # noqa: BLE001
        return False


def _at_limit(node: Any, name: str) -> bool:
    """Whether a saturating node's saved output is exactly at a limit somewhere."""
    try:
        result = gg.saved(node, "result")
        if result is gg.MISSING:
            return False
        values = gg.array_of(result)
        if values is None:
            values = result
        if name == "SigmoidBackward0":
            return bool(((values == 0) | (values == 1)).any())
        return bool((abs(values) == 1).any())
    except Exception:  # noqa: BLE001 - no claim without evidence
        return False


def _blocks(node: Any, name: str, called: dict[int, tuple[Any, ...]]) -> bool:
    """Whether a mask node stops the gradient of at least one element (from what it saved)."""
    try:
        if name == "ReluBackward0":
            result = gg.saved(node, "result")
            if result is gg.MISSING:
                return False
            values = gg.array_of(result)
            return bool(((result if values is None else values) == 0).any())
        if name in ("MaxBackward1", "MinBackward1"):
            value = gg.saved(node, "self")
            return value is not gg.MISSING and int(value.numel()) > 1
        if name in ("MaximumBackward0", "MinimumBackward0"):
            a, b = gg.saved(node, "self"), gg.saved(node, "other")
            return a is not gg.MISSING and b is not gg.MISSING and bool((a != b).any())
        if name == "WhereBackward0":   # the gradient goes to the branch chosen at each element
            chosen = gg.saved(node, "condition")
            kept, other = (child is not None for child, _ in gg.edges(node)[:2])
            return chosen is not gg.MISSING and ((kept and not bool(chosen.all())) or (other and bool(chosen.any())))
        if name in ("MaxBackward0", "MinBackward0", "AmaxBackward0", "AminBackward0"):
            # why: the element(s) each reduction chose get it all; calling the node shows which
            out = gg.saved(node, "result")
            if name in ("MaxBackward0", "MinBackward0"):   # values and indices: ones like the values
                indices = gg.saved(node, "indices")
                out = gg.MISSING if indices is gg.MISSING else \
                    gg.torch_module(indices).ones(tuple(indices.shape))
            if out is gg.MISSING:
                return False
            return bool((path_evidence.called_with_ones(node, out, called)[0] == 0).any())
        if name == "LeakyReluBackward0":   # a negative slope of 0: a relu, dead at and below 0
            value, slope = gg.saved(node, "self"), gg.saved(node, "negative_slope")
            return value is not gg.MISSING and slope is not gg.MISSING and float(slope) == 0 \
                and bool((value <= 0).any())
        if name == "EluBackward0":   # alpha 0: alpha * exp(x) is 0, so nothing passes at and below 0
            value, alpha = gg.saved(node, "self"), gg.saved(node, "alpha")
            return value is not gg.MISSING and alpha is not gg.MISSING and float(alpha) == 0 \
                and bool((value <= 0).any())
        if name == "PreluKernelBackward0":   # the input's slope at and below 0 is the weight
            value, weight = gg.saved(node, "self"), gg.saved(node, "weight")
            return value is not gg.MISSING and weight is not gg.MISSING and _prelu_dead(value, weight)
        if name == "HardtanhBackward0":   # no gradient at or beyond either limit
            value, low, high = gg.saved(node, "self"), gg.saved(node, "min_val"), gg.saved(node, "max_val")
            return value is not gg.MISSING and bool(((value <= low) | (value >= high)).any())
        value = gg.saved(node, "self")
        if value is gg.MISSING:
            return False
        low, high = gg.saved(node, "min"), gg.saved(node, "max")
        below = low is not gg.MISSING and bool((value < low).any())
        above = high is not gg.MISSING and bool((value > high).any())
        return below or above
    except Exception:  # noqa: BLE001 - no claim without evidence
        return False


def _prelu_dead(value: Any, weight: Any) -> bool:
    """Whether PReLU's weight is 0 for some input at or below 0 (one weight, or one per channel,
    dimension 1)."""
    if int(weight.numel()) == 1 or value.dim() < 2:
        slope = weight.reshape(()) if int(weight.numel()) == 1 else weight
    else:
        slope = weight.reshape((1, -1) + (1,) * (value.dim() - 2))
    return bool(((value <= 0) & (slope == 0)).any())


# Loss nodes whose derivative is 0 where their error is 0, and the inputs the error is made of:
# x**2 and |x| of the error itself, a loss function of (prediction, target)
ERROR_OF_ONE = {"PowBackward0", "AbsBackward0"}
ERROR_OF_TWO = {"MseLossBackward0", "SmoothL1LossBackward0", "HuberLossBackward0"}
CHAIN_LIMIT = 20   # nodes followed from the root down to the loss node


def _zero_error_node(fn: Any) -> tuple[Any, list[int]] | None:
    """The loss node through which every gradient of ``fn``'s backward flows, when its error is
    exactly 0 everywhere, and which inputs make the error; None when that is not certain. From
    the root down, each node on the way has one input with a graph, so nothing goes around it."""
    for _ in range(CHAIN_LIMIT):
        if fn is None:
            return None
        name = gg.node_name(fn)
        try:
            if name in ERROR_OF_ONE and _all_zero(gg.saved(fn, "self")) and \
                    (name == "AbsBackward0" or path_evidence.exponent_above_one(gg.saved(fn, "exponent"))) and \
                    _is_a_difference(fn):
                return fn, [0]
            if name in ERROR_OF_TWO:
                a, b = gg.saved(fn, "self"), gg.saved(fn, "target")
                if a is not gg.MISSING and b is not gg.MISSING and bool((a == b).all()):
                    return fn, [0, 1]
                return None
        except Exception:  # noqa: BLE001 - no claim without evidence
            return None
        children = [child for child, _ in gg.edges(fn) if child is not None]
        if len(children) != 1 or gg.is_leaf_node(children[0]):
            return None
        fn = children[0]
    return None


def _is_atom(text: str) -> bool:
    """A name, a call, an attribute or a subscript: no brackets needed around it."""
    try:
        body = ast.parse(text, mode="eval").body
    except SyntaxError:
        return False
    return isinstance(body, (ast.Name, ast.Call, ast.Attribute, ast.Subscript))


def _is_a_difference(fn: Any) -> bool:
    """Whether the node's input is computed as a difference (prediction - target): only then is
    a zero there an error of zero, not merely a zero (``(w ** 2).sum()`` of a zero ``w``)."""
    children = [child for child, _ in gg.edges(fn) if child is not None]
    return len(children) == 1 and gg.node_name(children[0]) in ERROR_NODES


ERROR_NODES = {"SubBackward0", "SubBackward1", "RsubBackward0", "RsubBackward1"}


def _all_zero(value: Any) -> bool:
    if value is gg.MISSING or not gg.is_tensor(value):
        return False
    values = gg.array_of(value)
    return bool(((value if values is None else values) == 0).all())


def _replay(root: Any) -> list[Any] | None:
    """The backward pass from ``root`` replayed node by node (``.grad`` untouched), or None
    when it could not be."""
    from autograd_tui.viz.backward_walk import walk  # start-up: only when backward is called

    try:
        w = walk(root, None, {})
    except Exception:  # noqa: BLE001 - an exotic graph: no claim is made
        return None
    return None if w.error else w.steps


def _nan_origin(steps: list[Any] | None) -> tuple[str | None, str | None, str]:
    """The first node of the replayed backward whose outgoing gradient is NaN or inf while its
    incoming one is finite, why, and what the replay found ("found", "finite" or "unsure")."""
    if steps is None:
        return None, None, "unsure"
    through_where = False
    for step in steps:
        if step.name == "WhereBackward0":
            through_where = True
        arriving = step.arriving if isinstance(step.arriving, list) else [step.arriving]
        if any(g is not None and _nonfinite(g) for g in arriving):
            return None, None, "unsure"   # it came in already broken: the start was not finite
        if any(leave.grad is not None and gg.is_tensor(leave.grad) and _nonfinite(leave.grad)
               for leave in step.leaving):
            return step.name, nan_watch.nan_reason(step.node, step.name, through_where), "found"
    return None, None, "finite"


# ---------------------------------------------------------------------------------------------
# Reading an input's assignments (syntax only)
# ---------------------------------------------------------------------------------------------
def _detacher(value: ast.expr) -> str | None:
    for node in ast.walk(value):
        if isinstance(node, ast.Attribute) and node.attr in DETACHING:
            return DETACHING[node.attr]
    return None


def _torch_imported_by(source: str) -> Any:
    """The torch that ``source`` imports, imported now, or None. why: a lesson's first code
    step starts with ``import torch`` in a namespace that has none yet, and the backward it
    runs a few lines later must be seen (the import resolves to the session's backend, and a
    module imports once, so importing it a moment early changes nothing for the learner)."""
    tree = _parse(source) if "torch" in source else None
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            modules = [node.module or ""]
        else:
            continue
        if any(name == "torch" or name.startswith("torch.") for name in modules):
            try:
                return importlib.import_module("torch")
            except Exception:  # noqa: BLE001 - the learner's own import will say what is wrong
                return None
    return None


def _grad_reset_by_hand(tree: ast.Module | None, how: str) -> list[str]:
    """Names whose gradient the input resets by hand: set to None (``w.grad = None``, ``how`` is
    "cleared") or filled with zeros (``w.grad.zero_()``, also through ``.data``: "zeroed")."""
    found = []
    for node in ast.walk(tree) if tree is not None else ():
        if how == "cleared" and isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and node.value.value is None:
            targets = node.targets
        elif how == "zeroed" and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "zero_":
            target = node.func.value
            targets = [target.value if isinstance(target, ast.Attribute) and target.attr == "data" else target]
        else:
            continue
        found += [t.value.id for t in targets
                  if isinstance(t, ast.Attribute) and t.attr == "grad" and isinstance(t.value, ast.Name)]
    return found


Statement = tuple[str, "str | None", "str | None", tuple[str, ...], int]


# the lines as the parser counts them (\r, \n, \r\n only: not str.splitlines's form feeds)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _segment(lines: list[str], node: ast.stmt) -> str:
    """The source text of ``node``, as ast.get_source_segment gives it.

    why: that function splits the whole source one character at a time in Python, once per
    assignment: a pasted 5 MB line took minutes before the prompt came back.
    """
    end_line, end_col = node.end_lineno, node.end_col_offset
    if end_line is None or end_col is None or end_line > len(lines):
        return ""
    first, last = node.lineno - 1, end_line - 1
    if first == last:
        return lines[first].encode()[node.col_offset:end_col].decode(errors="replace")
    head = lines[first].encode()[node.col_offset:].decode(errors="replace")
    tail = lines[last].encode()[:end_col].decode(errors="replace")
    return head + "".join(lines[first + 1:last]) + tail


# why cached: before and after an input, and each backward during it, read the same text (a
# script's run alternates two: the whole file and what has run); nothing modifies the trees
@functools.lru_cache(maxsize=2)
def _parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):   # the parser gave up
        return None


def _assigned(source: str, tree: ast.Module | None) -> dict[str, Statement]:
    """name -> (statement text, "no_grad"/"inference_mode" or None, detaching op or None, names
    read, line) for the last plain assignment to each name in ``source`` (parsed: ``tree``)."""
    if tree is None:
        return {}
    found: dict[str, Statement] = {}
    lines = _LINE.findall(source)

    def visit(body: list[ast.stmt], under: str | None) -> None:
        for stmt in body:
            if isinstance(stmt, (ast.With, ast.AsyncWith)):
                inner = under
                for item in stmt.items:
                    inner = path_evidence.grad_off_by(item.context_expr) or inner
                visit(stmt.body, inner)
                continue
            if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and stmt.value is not None:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                text = _segment(lines, stmt)
                for target in targets:
                    if isinstance(target, ast.Name):
                        uses = tuple(dict.fromkeys(n.id for n in ast.walk(stmt.value)
                                                   if isinstance(n, ast.Name) and n.id != target.id))
                        found[target.id] = (text, under, _detacher(stmt.value), uses, stmt.lineno)
            for attr in ("body", "orelse", "finalbody"):
                inner_body = getattr(stmt, attr, None)
                if isinstance(inner_body, list) and not isinstance(stmt, (ast.FunctionDef, ast.ClassDef,
                                                                          ast.AsyncFunctionDef)):
                    visit(inner_body, under)

    visit(tree.body, None)
    return found


# ---------------------------------------------------------------------------------------------
# Installing the watchers
# ---------------------------------------------------------------------------------------------
_active: SessionLog | None = None
_inside = [0]
_WATCHER = "_autograd_tui_watcher"   # set on each wrapper made here
_CHAIN_LIMIT = 10                     # wrappers (functools.wraps) followed to find ours inside


def active() -> SessionLog | None:
    """The session's log, when the tutor installed one."""
    return _active


def install(log: SessionLog, torch: Any) -> SessionLog:
    """Make ``log`` the session's log and wrap ``torch``'s backward and zero_grad where no
    watcher of ours is in place. why: checked where the wrappers live on every call, not
    remembered per module: whoever puts an original back (the meta device's ``deactivate``)
    would otherwise leave every later backward unseen."""
    global _active
    _active = log
    tensor_cls = getattr(torch, "Tensor", None)
    autograd = getattr(torch, "autograd", None)
    if tensor_cls is not None and hasattr(tensor_cls, "backward"):
        _wrap(tensor_cls, "backward", functools.partial(_watch_backward, method=True))
        for method in ("register_hook", "register_post_accumulate_grad_hook"):
            if hasattr(tensor_cls, method):
                _wrap(tensor_cls, method, functools.partial(_watch_hook, method=method))
    if autograd is not None and hasattr(autograd, "backward"):
        _wrap(autograd, "backward", functools.partial(_watch_backward, method=False))
    optim = getattr(torch, "optim", None)
    nn = getattr(torch, "nn", None)
    for cls in (getattr(optim, "Optimizer", None), getattr(nn, "Module", None)):
        if cls is not None and hasattr(cls, "zero_grad"):
            _wrap(cls, "zero_grad", _watch_zero_grad)
    return log


def _wrap(owner: Any, name: str, watch: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    current = getattr(owner, name)
    if not is_watched(current):
        wrapper = watch(current)
        setattr(wrapper, _WATCHER, True)
        setattr(owner, name, wrapper)


def is_watched(fn: Any) -> bool:
    """Whether ``fn`` is one of these watchers, or wraps one (``functools.wraps``'s
    ``__wrapped__``: the meta device routes the entries it finds through its own wrapper)."""
    for _ in range(_CHAIN_LIMIT):
        if fn is None:
            return False
        if getattr(fn, _WATCHER, False) is True:
            return True
        fn = getattr(fn, "__wrapped__", None)
    return False


def uninstall() -> None:
    """Stop recording (the wrappers stay and pass every call straight through)."""
    global _active
    _active = None


def _watch_backward(original: Callable[..., Any], *, method: bool) -> Callable[..., Any]:
    @functools.wraps(original)
    def backward(*args: Any, **kwargs: Any) -> Any:
        log = _active
        if log is None or _inside[0]:
            return original(*args, **kwargs)
        first = args[0] if args else kwargs.get("tensors", kwargs.get("self"))
        roots = (first,) if method or gg.is_tensor(first) else tuple(first or ())
        given = args[1] if len(args) > 1 else kwargs.get("gradient" if method else "grad_tensors")
        try:
            with warnings.catch_warnings():
                # why: the replay computes what backward will; its numpy warnings are not the
                # learner's and PyTorch prints none
                warnings.simplefilter("ignore")
                call = log.on_backward(roots, implicit=given is None)
        except Exception:  # noqa: BLE001 - watching must never break the learner's code
            call = None
        _inside[0] += 1
        try:
            return original(*args, **kwargs)
        except Exception as exc:
            if call is not None:
                call.error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            raise
        finally:
            _inside[0] -= 1
            if call is not None and call.watch is not None:
                call.watch.detach()
                call.watch = None

    return backward


def _watch_hook(original: Callable[..., Any], method: str) -> Callable[..., Any]:
    @functools.wraps(original)
    def register(self: Any, hook: Any) -> Any:
        handle = original(self, hook)
        log = _active
        if log is not None:
            try:
                log.on_hook(self, method)
            except Exception:  # noqa: BLE001
                pass
        return handle

    return register


def _watch_zero_grad(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def zero_grad(self: Any, set_to_none: bool = True) -> Any:
        log = _active
        if log is not None and not _inside[0]:
            try:
                log.on_zero_grad(self, set_to_none)
            except Exception:  # noqa: BLE001
                pass
        _inside[0] += 1
        try:
            return original(self, set_to_none)
        finally:
            _inside[0] -= 1

    return zero_grad
