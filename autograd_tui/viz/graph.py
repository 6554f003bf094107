"""``:graph``: the computation graph that produced a tensor, drawn as text.

A pure function, :func:`render_graph`, turns a tensor into lines like::

    z  shape=[2]  value=[ -10., -104.]
    └─ SubBackward0            6*x**2 - 2*y**3
       ├─ MulBackward0         6*x**2
       │  ├─ PowBackward0      x**2
       │  │  └─ AccumulateGrad x  shape=[2]  value=[1., 2.]  grad=None
       │  └─ (None, 0)         6
       ...

The nodes carry PyTorch's names; leaves carry the learner's variable names; ``(None, 0)``
edges are the constants and the tensors that need no gradient. It is a DAG, not a tree: a node
reached twice is drawn once, tagged ``[1]``, and later shown as ``[1] ↑``. Beyond ``max_nodes``
the drawing stops and a summary (node types, leaves, longest path) follows.

The diagram speaks the learner's language only where it is not PyTorch's (``şekil=``,
``değer=``; node names, ``grad=`` and values stay as PyTorch spells them); lesson code that
draws a graph therefore has its output recorded per language.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from autograd_tui import i18n
from autograd_tui.viz import gradgraph as gg
from autograd_tui.viz.source_names import Labels

DEFAULT_MAX_NODES = 40
LABEL_COLUMN_MAX = 34   # the expression column starts at most this far right
MAX_DEPTH = 16          # deeper than this a chain is cut (and summarised), not indented further


@dataclass
class Glyphs:
    tee: str
    last: str
    pipe: str
    space: str
    up: str
    ellipsis: str


UNICODE = Glyphs("├─ ", "└─ ", "│  ", "   ", "↑", "…")
ASCII = Glyphs("|- ", "`- ", "|  ", "   ", "^", "...")


def describe_tensor(tensor: Any, name: str | None, *, with_grad: bool, lang: str = "en") -> str:
    """``x  shape=[2]  value=[1., 2.]  grad=None`` (``şekil=``, ``değer=`` in Turkish)."""
    parts = [name] if name else []
    parts.append(f"{i18n.t('viz.shape_field', lang)}={gg.shape_text(tensor)}")
    small = _numel(tensor) <= gg.VALUE_NUMEL
    if small:
        parts.append(f"{i18n.t('viz.value_field', lang)}={gg.values_text(tensor)}")
    if with_grad:
        try:
            grad = tensor.grad
        except Exception:  # noqa: BLE001
            grad = None
        shown = "None" if grad is None else gg.values_text(grad) if small else "[…]"
        parts.append("grad=" + shown)
    return "  ".join(parts)


def _numel(tensor: Any) -> int:
    try:
        return int(tensor.numel())
    except Exception:  # noqa: BLE001
        return 0


def has_graph(tensor: Any) -> bool:
    return gg.is_tensor(tensor) and tensor.grad_fn is not None


def render_graph(tensor: Any, namespace: Mapping[str, Any] | None = None, *,
                 name: str | None = None, max_nodes: int = DEFAULT_MAX_NODES,
                 width: int | None = None, ascii_only: bool = False, lang: str | None = None,
                 source: Labels | None = None) -> str:
    """The graph behind ``tensor`` as text (no trailing newline). Never raises for a tensor.
    Without ``lang``, in the language of the code that draws (:func:`i18n.ambient_language`).
    ``source`` is what the learner's code says of the graph (:mod:`~autograd_tui.viz.source_names`)."""
    lang = lang or i18n.ambient_language()
    glyphs = ASCII if ascii_only else UNICODE
    namer = gg.Namer(namespace)
    if source is not None:
        namer.constants.update(source.constants)
        namer.swapped.update(source.swapped)
    name = name or namer.tensor(tensor)
    lines: list[str] = []
    if not gg.is_tensor(tensor):
        if hasattr(tensor, "next_functions"):   # why: `:graph z.grad_fn` said there was no graph at all
            owner = name[:-len(".grad_fn")] if name and name.endswith(".grad_fn") else ""
            return i18n.t("graph.node_of" if owner else "graph.node", lang, type=type(tensor).__name__,
                          owner=owner)
        return i18n.t("graph.not_tensor", lang, type=type(tensor).__name__)
    root = tensor.grad_fn
    head = describe_tensor(tensor, name or None, with_grad=root is None and tensor.requires_grad,
                           lang=lang)
    if root is None:
        key = "graph.leaf" if tensor.requires_grad else "graph.no_grad"
        return head + "\n" + i18n.t(key, lang, name=name or i18n.t("viz.unnamed_tensor", lang))
    lines.append(head)

    graph = gg.discover(root)
    exprs = gg.expressions(graph, namer)
    rows = _draw(root, graph, exprs, namer, glyphs, budget=max_nodes, lang=lang)
    lines.extend(_align(rows))
    drawn = sum(1 for r in rows if r[2])
    if drawn < len(graph):
        lines.extend(_summary(graph, namer, drawn=drawn, lang=lang, glyphs=glyphs))
    if width:
        lines = [_cut(line, width, glyphs) for line in lines]
    return "\n".join(lines)


# One drawn row: (tree part, label part, counts-as-a-node)
Row = tuple[str, str, bool]


def _draw(root: Any, graph: gg.Graph, exprs: dict, namer: gg.Namer, glyphs: Glyphs,
          budget: int, lang: str = "en") -> list[Row]:
    rows: list[Row] = []
    tags: dict[Any, int] = {}          # shared node -> its [k]
    drawn: set[Any] = set()
    # Stack items: (node or None, edge index, owner node, prefix, connector)
    stack: list[tuple[Any, int, Any, str, str]] = [(root, 0, None, "", glyphs.last)]
    nodes_drawn = 0
    while stack:
        node, index, owner, prefix, connector = stack.pop()
        depth = len(prefix) // len(glyphs.pipe)
        if node is not None and (nodes_drawn >= budget or depth >= MAX_DEPTH):
            # why: one "…" marks where the drawing stops; the summary below counts the rest
            rows.append((prefix + connector + glyphs.ellipsis, "", False))
            if nodes_drawn >= budget:
                break
            continue
        if node is None:  # a constant or a tensor that needs no gradient
            const = gg.constant_of(owner, index, namer)
            # why: "c" (a constant) only where an operand can be one; a conv without bias is not
            unknown = "c" if gg.node_name(owner) in gg.ARITHMETIC else ""
            rows.append((prefix + connector + "(None, 0)", const.text if const else unknown, False))
            continue
        name = gg.node_name(node)
        shared = graph.users.get(node, 0) > 1
        if node in drawn:
            rows.append((prefix + connector + f"{name} [{tags[node]}] {glyphs.up}", "", False))
            continue
        drawn.add(node)
        nodes_drawn += 1
        tag = ""
        if shared:
            tags[node] = len(tags) + 1
            tag = f" [{tags[node]}]"
        if gg.is_leaf_node(node):
            label = describe_tensor(node.variable, namer.leaf(node) or i18n.t("viz.unnamed_leaf", lang),
                                    with_grad=True, lang=lang)
        else:
            expr = exprs.get(node)
            label = expr.text if expr is not None else ""
            own_name = namer.node(node)
            if own_name and node is not root and label:
                label = f"{own_name} = {label}"
            elif own_name and node is not root:
                label = own_name
        rows.append((prefix + connector + name + tag, label, True))
        children = gg.edges(node)
        child_prefix = prefix + (glyphs.space if connector == glyphs.last else glyphs.pipe)
        # why: pushed in reverse so the first input is drawn first
        for i in range(len(children) - 1, -1, -1):
            child, _ = children[i]
            last = i == len(children) - 1
            stack.append((child, i, node, child_prefix, glyphs.last if last else glyphs.tee))
    return rows


def _align(rows: list[Row]) -> list[str]:
    column = min(LABEL_COLUMN_MAX, max((len(tree) for tree, label, _ in rows if label), default=0))
    out = []
    for tree, label, _ in rows:
        if not label:
            out.append(tree)
        elif len(tree) < column:
            out.append(tree.ljust(column) + "  " + label)
        else:
            out.append(tree + "  " + label)
    return out


def _summary(graph: gg.Graph, namer: gg.Namer, *, drawn: int, lang: str, glyphs: Glyphs) -> list[str]:
    leaves = gg.leaf_names(graph, namer)
    kinds = ", ".join(f"{name} ×{count}" if glyphs is UNICODE else f"{name} x{count}"
                      for name, count in gg.node_counts(graph)[:8])
    if len(gg.node_counts(graph)) > 8:
        kinds += ", " + glyphs.ellipsis
    shown = ", ".join(leaves[:6]) + (f", {glyphs.ellipsis} (+{len(leaves) - 6})" if len(leaves) > 6 else "")
    return [
        i18n.t("graph.more_nodes", lang, n=len(graph) - drawn),
        i18n.t("graph.summary", lang, nodes=len(graph), leaves=len(leaves),
               depth=gg.longest_path(graph)),
        i18n.t("graph.kinds", lang, kinds=kinds),
        i18n.t("graph.leaf_names", lang, names=shown or "-"),
    ]


def _cut(line: str, width: int, glyphs: Glyphs) -> str:
    if len(line) <= width:
        return line
    return line[: max(1, width - len(glyphs.ellipsis))] + glyphs.ellipsis
