"""``:backward``: the backward pass, one node at a time, in the order the engine runs it.

:func:`walk` computes every step first, live, by calling the graph's nodes by hand
(``grad_fn(grad)`` returns the input gradients, in the engine and in PyTorch) under
``no_grad``. It never runs ``backward()`` and never calls an ``AccumulateGrad`` node, so the
learner's ``.grad`` values stay exactly as they were; each leaf step says what a real
``backward()`` would add. The order is PyTorch's: a ready queue, newest node first, leaves as
soon as they are ready.

:func:`render_step` turns one step into text: the gradient arriving, the local derivative for
each input, and the gradient leaving to each input (``arriving × local = leaving`` for the
elementwise operations, where that is exactly what the chain rule does).
"""
from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, cast

from autograd_tui import i18n
from autograd_tui.viz import gradgraph as gg
from autograd_tui.viz.source_names import Labels

MAX_STEPS = 60        # beyond this the walk is summarised
SHORT_LABEL = 28      # an expression inside ∂(…)/∂(…) is cut to this length


@dataclass
class Local:
    formula: str              # "2·x", "1", "cos(x)"
    value: Any = None         # its value when it is not a plain number (a tensor)


@dataclass
class Leaving:
    target: Any               # the input's node, or None for a constant edge
    label: str                # how the input is called: "x**2", "x", "6"
    grad: Any = None
    local: Local | None = None


@dataclass
class Step:
    number: int
    node: Any
    name: str
    label: str                # what the node computed ("6*x**2 - 2*y**3") or its name ("z")
    arriving: Any             # the gradient of the node's output (a tensor)
    contributions: int = 1    # how many edges added into it (a shared node gets several)
    leaving: list[Leaving] = field(default_factory=list)
    elementwise: bool = False
    leaf_name: str | None = None
    grad_now: Any = None      # the leaf's .grad before (left untouched)
    grad_after: Any = None    # what backward() would make of it


@dataclass
class Walk:
    name: str                          # the tensor's name or expression
    start: Any = None                  # the starting gradient
    implicit_ones: bool = False        # a vector output started with ones, as in the article
    steps: list[Step] = field(default_factory=list)
    total_nodes: int = 0
    not_walked: int = 0                # nodes left out when the walk was cut at max_steps
    error: str | None = None           # an i18n key
    error_detail: str = ""

    def leaf_results(self) -> list[tuple[str, Any]]:
        return [(s.leaf_name, s.arriving) for s in self.steps if s.leaf_name is not None]


# ---------------------------------------------------------------------------------------------
# Local derivatives of the common operations, from what the node saved (PyTorch's names)
# ---------------------------------------------------------------------------------------------
def _scalar(node: Any, attr: str, default: str) -> str:
    value = gg.saved(node, attr)
    text = gg.scalar_text(value) if value is not gg.MISSING else None
    return default if text is None else text


def _value(node: Any, attr: str) -> Any:
    value = gg.saved(node, attr)
    return None if value is gg.MISSING else value


def _safe(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except Exception:  # noqa: BLE001 - the explanation is optional, the walk is not
        return None


ELEMENTWISE = {
    "AddBackward0", "SubBackward0", "RsubBackward1", "MulBackward0", "DivBackward0",
    "NegBackward0", "PowBackward0", "ExpBackward0", "LogBackward0", "SinBackward0",
    "CosBackward0", "TanhBackward0", "SigmoidBackward0", "ReluBackward0", "SqrtBackward0",
    "AbsBackward0",
}


def local_derivatives(node: Any, labels: list[str]) -> list[Local | None]:
    """The derivative of the node's output with respect to each input, as text and value."""
    name = gg.node_name(node)
    n = len(gg.edges(node))
    a = labels[0] if labels else "a"
    out: list[Local | None] = [None] * n
    if name == "AddBackward0":
        alpha = _scalar(node, "alpha", "1")
        out[:2] = [Local("1"), Local(alpha)][:n]
    elif name == "SubBackward0":
        alpha = _scalar(node, "alpha", "1")
        out[:2] = [Local("1"), Local("-1" if alpha == "1" else f"-{alpha}")][:n]
    elif name == "RsubBackward1":
        out[0] = Local("-1")
    elif name == "NegBackward0":
        out[0] = Local("-1")
    elif name == "MulBackward0" and n == 2:
        self_v, other_v = _value(node, "self"), _value(node, "other")
        out[0] = _as_local(other_v, labels[1])
        out[1] = _as_local(self_v, labels[0])
    elif name == "DivBackward0" and n == 2:
        self_v, other_v = _value(node, "self"), _value(node, "other")
        b = labels[1]
        constant = gg.scalar_text(other_v) is not None if other_v is not None else False
        # why: a number divisor is shown as 1/2, the same whether it was saved as 2 or tensor(2)
        out[0] = Local(f"1/{_paren(b)}", None if constant or not gg.is_tensor(other_v)
                       else _safe(lambda: 1 / other_v))
        out[1] = Local(f"-{_paren(a)}/{_paren(b)}**2",
                       _safe(lambda: -self_v / other_v ** 2) if gg.is_tensor(self_v) else None)
    elif name == "PowBackward0":
        base = _value(node, "self")
        exponent = _value(node, "exponent")
        e_text = gg.scalar_text(exponent) if exponent is not None else None
        if e_text is not None:
            e = float(exponent.item() if gg.is_tensor(exponent) else exponent)
            rest = cast(str, gg.scalar_text(e - 1))   # a Python float always has a text
            formula = (f"{e_text}" if rest == "0" else f"{e_text}·{_paren(a)}" if rest == "1"
                       else f"{e_text}·{_paren(a)}**{rest if not rest.startswith('-') else f'({rest})'}")
            out[0] = Local(formula, _safe(lambda: base ** (e - 1) * e) if base is not None else None)
    elif name == "ExpBackward0":
        out[0] = Local(f"exp({a})", _value(node, "result"))
    elif name == "LogBackward0":
        s = _value(node, "self")
        out[0] = Local(f"1/{_paren(a)}", _safe(lambda: 1 / s) if s is not None else None)
    elif name == "SinBackward0":
        s = _value(node, "self")
        out[0] = Local(f"cos({a})", _safe(lambda: s.cos()) if s is not None else None)
    elif name == "CosBackward0":
        s = _value(node, "self")
        out[0] = Local(f"-sin({a})", _safe(lambda: -s.sin()) if s is not None else None)
    elif name == "TanhBackward0":
        r = _value(node, "result")
        out[0] = Local(f"1 - tanh({a})**2", _safe(lambda: 1 - r * r) if r is not None else None)
    elif name == "SigmoidBackward0":
        r = _value(node, "result")
        out[0] = Local(f"σ({a})·(1 - σ({a}))", _safe(lambda: r * (1 - r)) if r is not None else None)
    elif name == "ReluBackward0":
        r = _value(node, "result")
        out[0] = Local(f"1 if {a} > 0 else 0", _safe(lambda: (r > 0) * 1.0) if r is not None else None)
    elif name == "SqrtBackward0":
        r = _value(node, "result")
        out[0] = Local(f"1/(2·sqrt({a}))", _safe(lambda: 0.5 / r) if r is not None else None)
    elif name in ("SumBackward0", "SumBackward1"):
        out[0] = Local("1")
    elif name in ("MeanBackward0", "MeanBackward1"):
        out[0] = Local("1/n")
    return out


def _as_local(value: Any, label: str) -> Local | None:
    """Mul's derivative with respect to one input is the other input."""
    if value is None:
        return None
    text = gg.scalar_text(value)
    if text is not None:
        return Local(text)
    return Local(label, value)


def _paren(label: str) -> str:
    simple = label.replace("_", "").replace(".", "").isalnum()
    return label if simple else f"({label})"


# ---------------------------------------------------------------------------------------------
# The walk
# ---------------------------------------------------------------------------------------------
def walk(tensor: Any, gradient: Any = None, namespace: Mapping[str, Any] | None = None,
         name: str | None = None, max_steps: int = MAX_STEPS, lang: str | None = None,
         source: Labels | None = None) -> Walk:
    """Compute the backward pass from ``tensor`` node by node, without touching ``.grad``.
    ``lang`` names what has no name of its own (a leaf is "yaprak" in Turkish); ``source`` is
    what the learner's code says of the graph (:mod:`~autograd_tui.viz.source_names`)."""
    lang = lang or i18n.ambient_language()
    unnamed_leaf = i18n.t("viz.unnamed_leaf", lang)
    namer = gg.Namer(namespace)
    if source is not None:
        namer.constants.update(source.constants)
        namer.swapped.update(source.swapped)
    result = Walk(name or namer.tensor(tensor) or i18n.t("viz.unnamed_tensor", lang))
    if not gg.is_tensor(tensor):
        result.error = "walk.not_tensor"
        result.error_detail = type(tensor).__name__
        return result
    root = tensor.grad_fn
    if root is None:
        result.error = "walk.leaf" if tensor.requires_grad else "walk.no_graph"
        return result
    torch = gg.torch_module(tensor)
    if gradient is None:
        gradient = torch.ones_like(tensor.detach())
        result.implicit_ones = tensor.numel() != 1
    elif not gg.is_tensor(gradient):
        gradient = torch.tensor(gradient, dtype=tensor.dtype)
    if tuple(gradient.shape) != tuple(tensor.shape):
        result.error = "walk.bad_gradient"
        result.error_detail = f"{gg.shape_text(gradient)} ≠ {gg.shape_text(tensor)}"
        return result
    result.start = gradient

    graph = gg.discover(root)
    result.total_nodes = len(graph)
    own = gg.expressions(graph, namer)
    refs = {node: (namer.node(node) or (expr.text if (expr := own.get(node)) else None)) for node in graph.nodes}

    def label_of(node: Any) -> str:
        if gg.is_leaf_node(node):
            return namer.leaf(node) or unnamed_leaf
        return refs.get(node) or gg.node_name(node)

    def title_of(node: Any) -> str:
        # why: "z = 6*x**2 - 2*y**3" says both what the node is called and what it computed
        named, expr = namer.node(node), own.get(node)
        if named and expr is not None:
            return f"{named} = {expr.text}"
        return label_of(node)

    remaining = dict(graph.users)
    buffers: dict[Any, dict[int, Any]] = {root: {tensor_output_nr(tensor): gradient}}
    order = itertools.count()
    ready = [(-gg.sequence_nr(root), next(order), root)]
    popped = 0
    with torch.no_grad():
        while ready:
            node = heapq.heappop(ready)[2]
            popped += 1
            grads_by_nr = buffers.pop(node, {})
            grads = [grads_by_nr.get(i) for i in range(max(grads_by_nr, default=0) + 1)]
            step = Step(len(result.steps) + 1, node, gg.node_name(node), title_of(node),
                        grads[0] if len(grads) == 1 else grads, graph.users.get(node, 0) or 1)
            if gg.is_leaf_node(node):
                step.leaf_name = namer.leaf(node) or unnamed_leaf
                step.grad_now = _safe(lambda: node.variable.grad)  # noqa: B023 - _safe calls it at once
                arriving = grads[0]
                step.grad_after = (arriving if step.grad_now is None
                                   else _safe(lambda: step.grad_now + arriving))  # noqa: B023 - called at once
                step.label = step.leaf_name
            elif any(g is not None for g in grads):
                try:
                    produced = node(*grads)
                except Exception as exc:  # noqa: BLE001 - a freed graph, an exotic node
                    result.error = "walk.freed" if "second time" in str(exc) else "walk.failed"
                    result.error_detail = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
                    return result
                if not isinstance(produced, (tuple, list)):
                    produced = (produced,)
                children = gg.edges(node)
                labels = [label_of(c) if c is not None else _constant_label(node, i, namer)
                          for i, (c, _) in enumerate(children)]
                locals_ = _safe(lambda: local_derivatives(node, labels)) or [None] * len(children)  # noqa: B023 - called at once
                step.elementwise = step.name in ELEMENTWISE
                for i, (child, nr) in enumerate(children):
                    g = produced[i] if i < len(produced) else None
                    step.leaving.append(Leaving(child, labels[i], g, locals_[i] if i < len(locals_) else None))
                    if child is None:
                        continue
                    if g is not None:
                        slot = buffers.setdefault(child, {})
                        slot[nr] = g if slot.get(nr) is None else slot[nr] + g
                    remaining[child] -= 1
                    if remaining[child] == 0:
                        heapq.heappush(ready, (-gg.sequence_nr(child), next(order), child))
            else:
                for child, _ in gg.edges(node):  # nothing arrived: pass nothing on
                    if child is not None:
                        remaining[child] -= 1
                        if remaining[child] == 0:
                            heapq.heappush(ready, (-gg.sequence_nr(child), next(order), child))
                continue
            result.steps.append(step)
            if len(result.steps) >= max_steps and ready:
                # why: a walk is read by a person; a 200,000-node chain is cut, not run
                result.not_walked = len(graph) - popped
                break
    return result


def tensor_output_nr(tensor: Any) -> int:
    nr = getattr(tensor, "output_nr", None)
    if nr is None:
        nr = getattr(tensor, "_output_nr", 0)
    return int(nr or 0)


def _constant_label(node: Any, index: int, namer: gg.Namer) -> str:
    const = gg.constant_of(node, index, namer)
    return const.text if const is not None else "c"


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------
def _short(label: str) -> str:
    return label if len(label) <= SHORT_LABEL else label[: SHORT_LABEL - 1] + "…"


def _v(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, list):
        return "(" + ", ".join(_v(v) for v in value) + ")"
    return gg.values_text(value, 60)


def render_header(w: Walk, lang: str) -> list[str]:
    lines = [i18n.t("walk.header", lang, name=w.name, n=len(w.steps) + w.not_walked)]
    start = _v(w.start)
    lines.append(i18n.t("walk.start_ones" if w.implicit_ones else "walk.start", lang,
                        name=w.name, grad=start))
    lines.append(i18n.t("walk.untouched", lang))
    return lines


def render_step(step: Step, total: int, lang: str, *, ascii_only: bool = False,
                width: int | None = None) -> list[str]:
    """One node of the walk; with ``width``, each line wraps under its own value column."""
    title = f"[{step.number}/{total}] {step.name}  "
    lines = [title + step.label]
    pad = max(len(i18n.t(k, lang)) for k in ("walk.arriving", "walk.local", "walk.leaving")) + 2
    if width:
        return _fit(lines[:1], width, len(title)) + _fit(_step_body(step, lang, pad, ascii_only), width, 2 + pad)
    return lines + _step_body(step, lang, pad, ascii_only)


def _step_body(step: Step, lang: str, pad: int, ascii_only: bool) -> list[str]:
    times = "*" if ascii_only else "×"
    arrow = "->" if ascii_only else "→"
    d = "d" if ascii_only else "∂"
    lines: list[str] = []
    arriving = _v(step.arriving)
    if step.contributions > 1:
        arriving += "  " + i18n.t("walk.summed", lang, n=step.contributions)
    lines.append("  " + i18n.t("walk.arriving", lang).ljust(pad) + arriving)
    if step.leaf_name is not None:
        change = f"{_v(step.grad_now)} {arrow} {_v(step.grad_after)}"
        lines.append("  " + f"{step.leaf_name}.grad".ljust(pad) + change)
        lines.append("  " + " " * pad + i18n.t(
            "walk.leaf_note" if step.grad_now is None else "walk.leaf_note_add", lang, name=step.leaf_name))
        return lines
    out_label = step.label.split(" = ", 1)[0]
    first = True
    for leave in step.leaving:
        if leave.target is None or leave.local is None:
            continue
        text = f"{d}{_paren(_short(out_label))}/{d}{_paren(_short(leave.label))} = {leave.local.formula}"
        if leave.local.value is not None and leave.local.formula != _v(leave.local.value):
            text += f" = {_v(leave.local.value)}"
        head = i18n.t("walk.local", lang) if first else ""
        lines.append("  " + head.ljust(pad) + text)
        first = False
    if first:
        lines.append("  " + i18n.t("walk.local", lang).ljust(pad) + i18n.t("walk.rule_of", lang, name=step.name))
    first = True
    for leave in step.leaving:
        head = i18n.t("walk.leaving", lang) if first else ""
        first = False
        if leave.target is None:
            lines.append("  " + head.ljust(pad) + f"{arrow} (None, 0) {leave.label}: "
                         + i18n.t("walk.no_gradient", lang))
            continue
        target = f"{arrow} {leave.label} ({gg.node_name(leave.target)})"
        if leave.grad is None:
            lines.append("  " + head.ljust(pad) + f"{target}: None")
            continue
        product = ""
        if step.elementwise and leave.local is not None:
            factor = _v(leave.local.value) if leave.local.value is not None else leave.local.formula
            if factor.startswith("-"):
                factor = f"({factor})"
            product = f"{_v(step.arriving)} {times} {factor} = "
        lines.append("  " + head.ljust(pad) + f"{target}: {product}{_v(leave.grad)}")
    return lines


def render_footer(w: Walk, lang: str, width: int | None = None) -> list[str]:
    """The gradients the leaves received; with ``width``, one leaf a line when one line is too narrow."""
    results = w.leaf_results()
    if not results or w.not_walked:
        return []  # why: a cut walk has not delivered every leaf's gradient; say nothing false
    arrow = "←"
    parts = [f"{name} {arrow} {_v(g)}" for name, g in results]
    line = i18n.t("walk.result", lang, results="   ".join(parts))
    if not width or len(line) <= width:
        return [line]
    return [i18n.t("walk.result", lang, results="").rstrip()] + _fit(["  " + part for part in parts], width, 4)


def _fit(lines: list[str], width: int, indent: int) -> list[str]:
    """Wrap each line at spaces outside brackets (a tensor stays whole where it fits), going on
    two columns right of ``indent``, the column its value starts at: at 60 columns a terminal
    cut ``[12.,`` from ``48.]`` and went on at the left edge, under the labels."""
    out: list[str] = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        current, fresh = line[:indent], True
        for word in _top_level_words(line[indent:]):
            if not fresh and len(current) + 1 + len(word) > width:
                out.append(current)
                current, fresh = " " * (indent + 2), True
            current += ("" if fresh else " ") + word
            fresh = False
        out.append(current)
    return out


def _top_level_words(text: str) -> list[str]:
    words, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == " " and depth == 0:
            if i > start:
                words.append(text[start:i])
            start = i + 1
    if start < len(text):
        words.append(text[start:])
    # an operator goes with what follows it, so a line never ends in "=" or "×"
    glued: list[str] = []
    for word in words:
        if glued and glued[-1] in _OPERATORS:
            glued[-1] += " " + word
        else:
            glued.append(word)
    return glued


_OPERATORS = {"=", "×", "*", "→", "->", "←"}


def render_walk(w: Walk, lang: str = "en", *, ascii_only: bool = False,
                max_steps: int = MAX_STEPS) -> str:
    """The whole walk at once (a pipe, ``--auto``, a test)."""
    if w.error:
        return i18n.t(w.error, lang, name=w.name, detail=w.error_detail)
    lines = render_header(w, lang)
    for step in w.steps[:max_steps]:
        lines.append("")
        lines.extend(render_step(step, len(w.steps) + w.not_walked, lang, ascii_only=ascii_only))
    hidden = w.not_walked + max(0, len(w.steps) - max_steps)
    if hidden:
        lines.append("")
        lines.append(i18n.t("walk.more_steps", lang, n=hidden))
    footer = render_footer(w, lang)
    if footer:
        lines.append("")
        lines.extend(footer)
    return "\n".join(lines)
