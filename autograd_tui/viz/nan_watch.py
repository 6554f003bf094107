"""Where a NaN or inf first appears in a backward too big to replay: ``:why``'s session log
replays a backward node by node only up to ``observe.NAN_REPLAY_NODES`` nodes (the replay is a
second backward). In a bigger graph (a deep MLP, a long loop, an RNN unrolled over many steps)
it hangs a hook on each node for the learner's own backward instead, and takes it off when that
backward ends: the first node whose incoming gradient is finite and whose outgoing one is not is
where the NaN or inf comes from, found by the backward that made it. A hook returns nothing, so
the gradients are the ones PyTorch computes; node hooks are PyTorch's public API, so real
PyTorch is watched the same way.
"""
from __future__ import annotations

from typing import Any

import numpy

from autograd_tui.viz import grad_bounds
from autograd_tui.viz import gradgraph as gg

WATCH_NODES = 5000   # beyond this many nodes even a hook per node costs too much: not watched
# the derivative of acos and asin, -1/√(1 − x²) and 1/√(1 − x²), is infinite at x = ±1
DOMAIN_EDGE = {"AcosBackward0", "AsinBackward0"}
# finite in, finite out: moved, masked, squashed or spread, never added up (grad_bounds)
PASSING = grad_bounds.AT_MOST_ONE | grad_bounds.SPREADING
# nodes that save their result, inf exactly where their input was 0 (1/0, 1/√0)
INVERSES = {"ReciprocalBackward0", "RsqrtBackward0"}


def watch_for_nan(call: Any, root: Any, graph: gg.Graph, implicit: bool) -> None:
    """Hang a :class:`NanWatch` on ``graph`` for the backward of ``call`` (an
    ``observe.BackwardCall``) from ``root``, unless nothing can turn non-finite there
    (:mod:`~autograd_tui.viz.grad_bounds`) or the graph is too big even for hooks."""
    if len(graph) > WATCH_NODES:
        call.nan_walk = "too_big"
    elif not grad_bounds.replay_can_find(root, graph, implicit):
        call.nan_walk = "finite"
    else:
        watch = NanWatch(call)
        call.nan_walk = "too_big"
        if watch.attach(graph):
            call.watch = watch


class NanWatch:
    """Hooks on every node of one backward's graph that note in ``call`` (an
    ``observe.BackwardCall``) where a gradient first stops being finite."""

    def __init__(self, call: Any) -> None:
        self.call = call
        self.handles: list[Any] = []
        self.through_where = False   # a torch.where node has passed its gradient on
        self.settled = False         # the first non-finite gradient has been seen

    def attach(self, graph: gg.Graph) -> bool:
        """Hook every node that could turn a finite gradient into NaN or inf (not a leaf, nor a
        node that passes each element on scaled by at most 1 without adding any up); False (and
        nothing left hooked) when one could not be."""
        for node in graph.nodes:
            if gg.is_leaf_node(node) or gg.node_name(node) in PASSING:
                continue
            try:
                self.handles.append(node.register_hook(self._hook_for(node)))
            except Exception:  # noqa: BLE001 - a node that takes no hook: no claim is made
                self.detach()
                return False
        self.call.nan_walk = "watching"
        return True

    def detach(self) -> None:
        """Take every hook off; a backward that ran to its end without a non-finite gradient
        passed on only finite ones."""
        for handle in self.handles:
            handle.remove()
        self.handles.clear()
        if self.call.nan_walk == "watching":
            self.call.nan_walk = "finite" if self.call.error is None else "unsure"

    def _hook_for(self, node: Any) -> Any:
        def hook(grad_inputs: Any, grad_outputs: Any) -> None:
            if self.settled:
                return
            name = gg.node_name(node)
            if name == "WhereBackward0":
                self.through_where = True
            if not any(nonfinite(g) for g in _as_tuple(grad_inputs)):
                return
            self.settled = True
            if any(nonfinite(g) for g in _as_tuple(grad_outputs)):
                self.call.nan_walk = "unsure"   # it came in already broken: the start was not finite
                return
            self.call.nan_node, self.call.nan_input = name, nan_reason(node, name, self.through_where)
            self.call.nan_walk = "found"
        return hook


def _as_tuple(grads: Any) -> tuple:
    return tuple(grads) if isinstance(grads, (tuple, list)) else (grads,)


def nonfinite(t: Any) -> bool:
    if t is None or not gg.is_tensor(t):
        return False
    values = gg.array_of(t)  # why numpy first: a hook per node runs this on every gradient of the backward
    if isinstance(values, numpy.ndarray):
        return values.dtype.kind in "fc" and not bool(numpy.isfinite(values).all())
    try:
        if not (t.is_floating_point() or t.is_complex()):
            return False
        return not bool(gg.torch_module(t).isfinite(t).all())
    except Exception:  # noqa: BLE001
        return False


def nan_reason(node: Any, name: str, through_where: bool) -> str:
    """Why ``node`` (named ``name``) turned a finite gradient into NaN or inf, from what it saved:
    "where" (0 × inf from the branch torch.where did not choose), "overflow" (exp), "edge" (acos
    or asin at ±1), "zero" (an input at 0 where the derivative is infinite), "saved_inf" (it
    multiplies by an inf or NaN saved from the forward pass) or "other"."""
    if through_where:
        return "where"
    if name == "ExpBackward0":
        return "overflow"
    if gg.is_custom_node(node):
        return "custom"
    torch = None
    for attr in ("self", "other", "result"):
        value = gg.saved(node, attr)
        if value is gg.MISSING or not gg.is_tensor(value):
            continue
        try:
            torch = gg.torch_module(value)
            if name in DOMAIN_EDGE and attr == "self" and bool((value.detach().abs() == 1).any()):
                return "edge"
            if bool((value == 0).any()):
                return "zero"
            if not bool(torch.isfinite(value).all()):
                return "zero" if name in INVERSES and attr == "result" else "saved_inf"
        except Exception:  # noqa: BLE001
            continue
    return "other"
