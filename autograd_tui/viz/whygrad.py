"""``:why EXPR``: why a tensor's ``.grad`` is None, zero, NaN or larger than expected.

:func:`diagnose` looks at the tensor, its ``.grad``, the graph it came from and what the
session log saw (:mod:`autograd_tui.viz.observe`), only through PyTorch's public API, and
returns a :class:`Verdict`: one cause id and the facts that prove it. A cause is named only
when the evidence is certain; otherwise the verdict is ``unknown`` and lists what was checked.
:func:`render` turns a verdict into the learner's language from the catalogue: the evidence,
then one fix.
"""
from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from autograd_tui import i18n
from autograd_tui.viz import gradgraph as gg
from autograd_tui.evaluator import run_code
from autograd_tui.viz.observe import (
    MASKS, NAN_REPLAY_NODES, SATURATING, Assignment, BackwardCall, SessionLog, install,
)
from autograd_tui.viz.path_evidence import Finding

SELECTING = {"SelectBackward0", "IndexBackward0", "SliceBackward0", "NarrowBackward0",
             "GatherBackward0", "MaskedSelectBackward0", "TakeBackward0", "UnbindBackward0",
             "SplitBackward0", "SplitWithSizesBackward0"}
# calls that build a new tensor from values: a copy, with no graph behind it
NEW_TENSOR = ("torch.tensor", "torch.Tensor", "torch.as_tensor", "torch.from_numpy", "torch.FloatTensor",
              "torch.DoubleTensor", "torch.LongTensor")
JUMP = 100.0     # a layer whose gradient norm differs by this factor from the next one is flagged
# sum() rather than mean() is named only where it plausibly hurts: a reduction of at least
# SUM_MANY elements that leaves a gradient of at least GRAD_LARGE, which a mean would bring
# below GRAD_LARGE (so the sum, not some other factor, is what made it large)
SUM_MANY = 100
GRAD_LARGE = 10.0

Facts = dict[str, Any]
# what names the same tensor each time it is read (w, model.fc.weight): not an expression
_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


@dataclass
class Verdict:
    cause: str                          # e.g. "non_leaf"; its texts are why.<cause>.*
    facts: Facts = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)   # for "unknown": the checks that passed

    def as_dict(self) -> dict[str, Any]:
        return {"cause": self.cause, "facts": dict(self.facts), "checked": list(self.checked)}


def split_expr(expr: str) -> tuple[str, bool]:
    """``w.grad`` -> (``w``, True); ``w`` -> (``w``, False)."""
    text = expr.strip()
    if text.endswith(".grad"):
        return text[: -len(".grad")].strip(), True
    return text, False


# ---------------------------------------------------------------------------------------------
# The diagnosis
# ---------------------------------------------------------------------------------------------
def diagnose(value: Any, name: str, log: SessionLog | None = None) -> Verdict:
    """Why ``value.grad`` is what it is. ``name`` is how the learner called it (``w``)."""
    if not gg.is_tensor(value):
        if hasattr(value, "named_parameters"):
            return _module_norms(value, name)
        facts: Facts = {"name": name, "type": type(value).__name__}
        example = _tensor_to_ask(value, log)
        if example is not None:
            facts["example"] = example
        return Verdict("not_tensor", facts)
    grad = value.grad if value.is_leaf or getattr(value, "retains_grad", False) else None
    if grad is None:
        return _grad_none(value, name, log)
    return _grad_present(value, grad, name, log)


def _grad_none(t: Any, name: str, log: SessionLog | None) -> Verdict:
    facts: Facts = {"name": name}
    assignment = log.assignments.get(name) if log is not None else None
    rebinding = log.rebindings.get(name) if log is not None else None
    if not t.requires_grad:
        if _is_inference(t):
            return Verdict("inference_mode", facts)
        if rebinding is not None and rebinding.old_requires_grad and rebinding.old_was_leaf \
                and assignment is not None and assignment.number == rebinding.number and assignment.under:
            facts.update(statement=rebinding.source, under=assignment.under)
            return Verdict("reassigned_no_grad", facts)
        if assignment is not None and assignment.under:
            facts.update(statement=assignment.source, under=assignment.under)
            return Verdict("no_grad", facts)
        if assignment is not None and assignment.detached_by:
            facts.update(statement=assignment.source, op=assignment.detached_by)
            return Verdict("detached", facts)
        if assignment is not None and log is not None:
            cut = _cut_upstream(assignment.uses, log)
            if cut is not None:
                facts.update(cut)
                return Verdict("cut_upstream", facts)
            needing = [u for u in _tensor_inputs(assignment.uses, log) if log.namespace[u].requires_grad
                       and _bound_by(u, assignment.number, log)]
            if needing:   # its inputs require grad, yet it does not: the statement left the graph
                facts.update(statement=assignment.source, inputs=needing)
                return _left_in_statement(t, assignment, facts, log)
            inputs = _tensor_inputs(assignment.uses, log)
            if inputs:   # computed, but from tensors none of which asked for a gradient
                facts.update(statement=assignment.source, inputs=inputs, first=inputs[0])
                return Verdict("inputs_no_grad", facts)
        if type(t).__name__ == "Parameter" and t.is_floating_point():
            return Verdict("frozen", facts)   # a module's weight made not to learn: fine-tuning
        facts["dtype"] = str(t.dtype).replace("torch.", "")
        facts["floating"] = bool(t.is_floating_point())
        return Verdict("no_requires_grad", facts)
    if not t.is_leaf and not getattr(t, "retains_grad", False):
        facts["grad_fn"] = gg.node_name(t.grad_fn)
        if rebinding is not None and rebinding.old_was_leaf and rebinding.old_requires_grad:
            facts.update(statement=rebinding.source, old_grad=_old_grad_now(rebinding))
            return Verdict("reassigned", facts)
        old = _old_leaf(t) if assignment is not None and _reads_itself(assignment.source, name) else None
        if old is not None:   # `w = w - lr * w.grad` within one input (a loop): no rebinding seen
            old_grad = old.grad
            facts.update(statement=assignment.source if assignment is not None else "",
                         old_grad="None" if old_grad is None else gg.values_text(old_grad))
            return Verdict("reassigned", facts)
        return Verdict("non_leaf", facts)
    # a leaf that requires grad (or a non-leaf that retains it): did a backward reach it?
    if log is None:
        return Verdict("unknown", facts, ["requires_grad", "is_leaf", "no_log"])
    calls = [c for c in log.backwards if c.error is None]
    if not log.backwards:
        result = _result_of(t, log)
        if result is not None:   # a named result to call backward on; "loss.backward()" named no one's loss
            facts["result"], facts["scalar"] = result
        return Verdict("no_backward", facts)
    if not calls:
        facts["error"] = log.backwards[-1].error or ""
        facts["root"] = log.backwards[-1].root_name or "?"
        return Verdict("backward_failed", facts)
    reaching = [c for c in calls if c.reached(t)]
    # a backward that would have reached it, after every one that worked, raised
    failed = [c for c in log.backwards if c.error is not None and c.number > calls[-1].number and c.reached(t)]
    if not reaching and failed:
        facts.update(error=failed[-1].error or "", root=failed[-1].root_name or "?")
        return Verdict("reaching_backward_failed", facts)
    if not reaching:
        last = calls[-1]
        facts.update(root=last.root_name or "?", leaves=_leaf_names(last, log))
        return Verdict("not_on_path", facts)
    last = reaching[-1]
    zeroing = [z for z in log.zero_grads if z.number > last.number and z.set_to_none
               and any(r() is t for r in z.params)]
    if zeroing:
        facts["root"] = last.root_name or "?"
        return Verdict("zeroed_none", facts)
    if log.cleared.get(name, 0) > last.number:
        facts["root"] = last.root_name or "?"
        return Verdict("cleared_by_hand", facts)
    hooks = log.hooks_on(t)
    if hooks:
        facts.update(root=last.root_name or "?", hooks=hooks)
        return Verdict("hook", facts)
    facts["root"] = last.root_name or "?"
    return Verdict("unknown", facts, ["requires_grad", "is_leaf", "backward_reached", "zero_grad", "hooks"])


def _bound_by(name: str, number: int, log: SessionLog) -> bool:
    """Whether ``name`` holds the value it had at event ``number`` (no later input rebound it)."""
    later = log.assignments.get(name)
    rebound = log.rebindings.get(name)
    return (later is None or later.number <= number) and (rebound is None or rebound.number <= number)


def _left_in_statement(t: Any, assignment: Assignment, facts: Facts, log: SessionLog) -> Verdict:
    """Why a statement that reads tensors requiring grad (``facts["inputs"]``) made one that
    does not; ``unknown`` where that is not certain (a function run under no_grad, where)."""
    if not (t.is_floating_point() or t.is_complex()):
        facts["dtype"] = str(t.dtype).replace("torch.", "")
        return Verdict("integer_result", facts)
    op = _new_tensor_call(assignment.source, facts["inputs"])
    if op is not None:
        facts["op"] = op
        return Verdict("new_tensor", facts)
    if assignment.grad_off:
        return Verdict("grad_disabled", facts)
    called = _no_grad_function_called(assignment.source, log, facts["inputs"])
    if called is not None:
        facts.update(function=called[0], how=called[1])
        return Verdict("no_grad_function", facts)
    compared = _only_compared(assignment.source, facts["inputs"])
    if compared is not None:
        facts["compare"] = compared
        return Verdict("compared", facts)
    return Verdict("unknown", facts, ["inputs_require_grad", "not_under_no_grad", "not_detached"])


def _only_compared(statement: str, inputs: list[str]) -> str | None:
    """The first comparison in ``statement`` when it reads ``inputs`` only inside comparisons
    (``torch.where(w > 1, 1., 0.)``): a bool result, with no gradient to pass on."""
    try:
        tree = ast.parse(statement)
    except (SyntaxError, ValueError, RecursionError):
        return None
    inside: set[int] = set()
    compares = [node for node in ast.walk(tree) if isinstance(node, ast.Compare)]
    for compare in compares:
        inside.update(id(n) for n in ast.walk(compare))
    reads = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in inputs and isinstance(n.ctx, ast.Load)]
    if not reads or any(id(n) not in inside for n in reads):
        return None
    return ast.unparse(next(c for c in compares if any(id(n) in {id(m) for m in ast.walk(c)} for n in reads)))


def _no_grad_function_called(statement: str, log: SessionLog, reading: list[str]) -> tuple[str, str] | None:
    """(name, how) of a function the statement calls on one of ``reading`` (in its arguments)
    that an input defined under no_grad and that still is the function of that name."""
    try:
        tree = ast.parse(statement)
    except (SyntaxError, ValueError, RecursionError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            known = log.no_grad_functions.get(node.func.id)
            read = {n.id for arg in (*node.args, *(k.value for k in node.keywords))
                    for n in ast.walk(arg) if isinstance(n, ast.Name)}
            if known is not None and known[1]() is not None and known[1]() is log.namespace.get(node.func.id) \
                    and read & set(reading):
                return node.func.id, known[0]
    return None


def _new_tensor_call(statement: str, inputs: list[str]) -> str | None:
    """``torch.tensor(...)`` when the statement builds a tensor from the values of ``inputs``
    (a copy)."""
    try:
        tree = ast.parse(statement)
    except (SyntaxError, ValueError, RecursionError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in NEW_TENSOR:
            read = {n.id for arg in (*node.args, *(k.value for k in node.keywords))
                    for n in ast.walk(arg) if isinstance(n, ast.Name)}
            if read & set(inputs):
                return ast.unparse(node.func) + "(...)"
    return None


def _reads_itself(statement: str, name: str) -> bool:
    """Whether ``statement`` assigns ``name`` from an expression that reads ``name``."""
    try:
        tree = ast.parse(statement)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
               and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value))
               for node in ast.walk(tree))


def _old_grad_now(rebinding: Any) -> str:
    """The old leaf's .grad as it is now: a backward after ``w = w * 2`` filled it, and the
    text kept when the name moved ("None") said it was still empty."""
    old = rebinding.old_ref() if rebinding.old_ref is not None else None
    if old is not None and old.grad is not None:
        return gg.values_text(old.grad)
    return rebinding.old_grad or "None"


def _old_leaf(t: Any, limit: int = 50) -> Any:
    """The leaf that requires grad nearest ``t``'s result in its graph (the old ``w`` of
    ``w = w - lr * w.grad``), or None."""
    seen: set[int] = set()
    frontier = [t.grad_fn]
    while frontier and len(seen) < limit:
        node = frontier.pop(0)
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        leaf = getattr(node, "variable", None)
        if leaf is not None and gg.is_tensor(leaf) and leaf.requires_grad:
            return leaf
        frontier.extend(child for child, _ in gg.edges(node))
    return None


def _grad_present(t: Any, grad: Any, name: str, log: SessionLog | None) -> Verdict:
    facts: Facts = {"name": name}
    torch = gg.torch_module(grad)
    g = grad.detach()
    if getattr(g, "is_meta", False):   # a meta tensor has a shape and no values to look at
        return Verdict("unknown", facts, ["meta"])
    if getattr(g, "is_sparse", False):  # Embedding(sparse=True)'s gradient: its values, read densely
        grad = g = g.to_dense()
    calls = [c for c in log.backwards if c.error is None and c.reached(t)] if log is not None else []
    last: BackwardCall | None = calls[-1] if calls else None
    if not bool(torch.isfinite(g).all()):
        facts["kind"] = "nan" if bool(torch.isnan(g).any()) else "inf"
        if last is None:
            return Verdict("unknown", facts, ["nonfinite", "no_backward_seen"])
        facts["root"] = last.root_name or "?"
        if last.root_nonfinite:
            return Verdict("nan_forward", facts)
        if last.nan_node is not None:
            facts.update(node=last.nan_node, reason=last.nan_input or "other")
            return Verdict("nan_node", facts)
        earlier = _earlier_nan(t, log) if log is not None else None
        if earlier is not None:
            # gradients add up: NaN left by an earlier backward stays whatever the last one adds
            first, count = earlier
            facts.update(first=first.root_name or "?", count=count, node=first.nan_node or "",
                         last_finite=last.nan_walk == "finite")
            return Verdict("nan_earlier", facts)
        walked = {"finite": "backward_finite", "too_big": "graph_too_big"}.get(last.nan_walk, "replay_unsure")
        return Verdict("unknown", facts, ["nonfinite", "forward_finite", walked])
    numel = max(1, int(g.numel()))
    zeros = int((g == 0).sum().item())
    if zeros:
        facts.update(zeros=zeros, numel=numel)
        if last is None:
            return Verdict("unknown", facts, ["zeros", "no_backward_seen"])
        facts["root"] = last.root_name or "?"
        zeroed = _zeroed_after(t, name, last, log) if zeros == numel and log is not None else None
        if zeroed is not None:   # why first: whatever backward left, the zeros were written after it
            facts["how"] = zeroed
            return Verdict("zeroed", facts)
        changed = _hook_changed(t, g, last)
        if changed is not None:
            facts.update(changed)
            return Verdict("hook_changed", facts)
        if zeros == numel and last.zero_error is not None:
            # why first: an error of exactly 0 zeroes every gradient, whatever lies below it
            facts.update(node=last.zero_error[0], error=last.zero_error[1])
            return Verdict("zero_error", facts)
        zero_op = _finding(last, t, "zero_op")
        if zero_op is not None:
            facts["node"] = zero_op.node
            return Verdict("zero_op", facts)
        fresh = id(t) in last.fresh   # the gradient is this backward's alone
        cancel = _finding(last, t, "cancel")
        if fresh and cancel is not None and cancel.count in (zeros, -1 if zeros == numel else 0):
            facts.update(node=cancel.node, **cancel.facts)
            return Verdict("cancelled", facts)
        flat = _finding(last, t, "flat")
        if fresh and flat is not None and flat.count == zeros:
            facts.update(node=flat.node, **flat.facts)
            return Verdict("flat_at_zero", facts)
        exponent = _finding(last, t, "exponent")
        if fresh and exponent is not None and exponent.count == zeros:
            facts.update(node=exponent.node, **exponent.facts)
            return Verdict("pow_exponent", facts)
        paths = _finding(last, t, "paths")
        if fresh and paths is not None and paths.count == zeros:
            facts.update(nodes=paths.node, stops=[list(stop) for stop in paths.facts["stops"]])
            return Verdict("zero_paths", facts)
        factor = next((f for f in last.zero_factors if id(t) in f.leaves
                       and (not f.axis or (fresh and f.forced == zeros))), None)
        if (factor is not None and zeros == numel and not factor.axis
                and (factor.constant or factor.zeros == factor.numel)):
            # why before the masks: a factor of zeros on the path zeroes every element, where a
            # relu's mask only explains the elements whose input was below 0
            return _zero_factor(factor, facts)
        if last.masks:
            node = last.masks[0]
            facts.update(node=node, kind=MASKS[node], dead=round(100 * zeros / numel))
            tie = _finding(last, t, "tie")
            if tie is not None and fresh:   # the values it kept share the gradient too
                facts.update(tied=tie.count, share=tie.facts["share"])
            over = _finding(last, t, "passed_over")
            if over is not None and fresh:   # equal values max(dim) did not pick
                facts.update(passed_over=over.count, fn=over.facts["fn"])
            return Verdict("masked", facts)
        if factor is not None:
            return _zero_factor(factor, facts)
        if last.saturated:
            node = last.saturated[0]
            facts.update(node=node, kind=SATURATING[node], dead=round(100 * zeros / numel))
            return Verdict("saturated", facts)
        selecting = sorted({n for n in last.node_names if n in SELECTING})
        if selecting:
            facts["node"] = selecting[0]
            return Verdict("unused_elements", facts)
        checked = ["zeros", "no_mask", "no_zero_op", "no_selection"]
        if len(last.node_names) > NAN_REPLAY_NODES:   # paths that cancel are seen only by replaying it
            checked.append("graph_too_big")
        elif last.custom:
            checked.append("custom_not_replayed")
        return Verdict("unknown", facts, checked)
    if last is None:
        return Verdict("unknown", {"name": name}, ["finite", "nonzero", "no_backward_seen"])
    facts["root"] = last.root_name or "?"
    since = _since_zero(t, log) if log is not None else []
    if len(since) >= 2:
        facts["count"] = len(since)
        return Verdict("accumulated", facts)
    changed = _hook_changed(t, g, last)
    if changed is not None:
        facts.update(changed)
        return Verdict("hook_changed", facts)
    detached = _finding(last, t, "detached")
    if detached is not None:
        facts["node"] = detached.node
        return Verdict("detached_path", facts)
    cut = _cut_use(name, last, log) if log is not None else None
    if cut is not None:
        facts.update(cut)
        return Verdict("cut_path", facts)
    tie = _finding(last, t, "tie")
    if tie is not None and id(t) in last.fresh:
        facts.update(node=tie.node, count=tie.count, numel=int(g.numel()), **tie.facts)
        return Verdict("tied", facts)
    users = last.leaf_users.get(id(t), [])
    if len(users) >= 2:
        facts["paths"] = users
        return Verdict("used_twice", facts)
    largest = float(g.abs().max().item())
    if _sum_made_it_large(last.sum_of, largest):
        facts.update(n=last.sum_of, largest=f"{largest:g}")
        return Verdict("sum_not_mean", facts)
    return Verdict("fine", facts)


def _cut_use(name: str, last: BackwardCall, log: SessionLog) -> Facts | None:
    """A use of ``name`` in the last backward's graph that carries no gradient back: a tensor
    the graph uses, computed from ``name`` with recording off (``y`` of ``y * w`` with y made
    under no_grad, through .detach(), or by a function run under no_grad), or a no_grad
    function called on ``name`` in the root's own statement."""
    for via in last.constants:
        source = log.assignments.get(via)
        if source is None or name not in source.uses or source.ref is None \
                or source.ref() is not log.namespace.get(via):
            continue
        called = _no_grad_function_called(source.source, log, [name])
        how = source.under or source.detached_by or (called[1] if called is not None else None)
        if how:
            return {"via": via, "statement": source.source, "how": how}
    root = log.assignments.get(last.root_name or "")
    if root is not None and name in root.uses:
        called = _no_grad_function_called(root.source, log, [name])
        if called is not None:
            return {"via": f"{called[0]}(...)", "statement": root.source, "how": called[1]}
    return None


def _zero_factor(factor: Any, facts: Facts) -> Verdict:
    """The verdict for a product whose other factor holds the zeros."""
    kind = "constant" if factor.constant else "everywhere" if factor.zeros == factor.numel else "some"
    facts.update(node=factor.node, factor=factor.factor, factor_zeros=factor.zeros,
                 factor_numel=factor.numel, kind=factor.axis or kind)
    if factor.axis:
        facts.update(lines=factor.lines or "?", total=factor.total)
    return Verdict("zero_factor", facts)


def _finding(call: BackwardCall, t: Any, kind: str) -> Finding | None:
    return next((f for f in call.findings if f.kind == kind and f.leaf == id(t)), None)


def _zeroed_after(t: Any, name: str, last: BackwardCall, log: SessionLog) -> str | None:
    """How the gradient was filled with zeros after the last backward that reached it:
    ``zero_grad(set_to_none=False)`` or a typed ``w.grad.zero_()``; None when it was not."""
    if log.zeroed.get(name, 0) > last.number:
        return f"{name}.grad.zero_()"
    if any(z.number > last.number and not z.set_to_none and any(r() is t for r in z.params)
           for z in log.zero_grads):
        return "zero_grad(set_to_none=False)"
    return None


def _hook_changed(t: Any, g: Any, last: BackwardCall) -> Facts | None:
    """What a hook made of ``t``'s gradient: the last backward was its only one, and replaying it
    without hooks gives something else."""
    without = last.unhooked.get(id(t)) if id(t) in last.fresh else None
    if without is None or not gg.is_tensor(without) or tuple(without.shape) != tuple(g.shape) \
            or bool((without == g).all()):
        return None
    return {"hooked": ", ".join(last.hooked), "now": gg.values_text(g), "without": gg.values_text(without)}


def _earlier_nan(t: Any, log: SessionLog) -> tuple[BackwardCall, int] | None:
    """The earliest backward of the run adding onto ``t``'s gradient (see :func:`_since_zero`)
    that brought NaN or inf into it, and how many backward calls the run has; None when the
    run's start was not seen or none before the last brought any."""
    run = _since_zero(t, log)
    for call in reversed(run[1:]):   # oldest first, the last one excluded
        if call.root_nonfinite or call.nan_node is not None:
            return call, len(run)
    return None


def _sum_made_it_large(summed: int, largest: float) -> bool:
    """Whether a sum() root over ``summed`` elements is the likely reason for a gradient whose
    largest magnitude is ``largest``: an ordinary ``(x * 3).sum()`` is not a mistake."""
    return summed >= SUM_MANY and GRAD_LARGE <= largest < GRAD_LARGE * summed


def _since_zero(t: Any, log: SessionLog) -> list[BackwardCall]:
    """The successful backward calls that added onto ``t``'s gradient in a row: counted back
    from the latest to the one that found it None or all zeros."""
    found: list[BackwardCall] = []
    for call in reversed(log.backwards):
        if call.error is not None or not call.reached(t):
            continue
        found.append(call)
        if id(t) in call.fresh:
            break
    else:
        return []   # the start of the run was not seen: no count is claimed
    return found


def _cut_upstream(uses: tuple[str, ...], log: SessionLog) -> Facts | None:
    """A name the tensor was computed from that was itself cut off the graph (made under
    no_grad or through .detach()/.data/.item()…), as facts, or None."""
    for used in uses:
        value: Any = log.namespace.get(used)
        source = log.assignments.get(used)
        if source is None or not gg.is_tensor(value) or value.requires_grad:
            continue
        if source.under or source.detached_by:
            return {"via": used, "statement": source.source,
                    "how": source.under or source.detached_by or ""}
    return None


def _tensor_inputs(uses: tuple[str, ...], log: SessionLog) -> list[str]:
    """The names among ``uses`` that hold tensors (none of which requires grad, or the result
    would): what the tensor was computed from."""
    return [used for used in uses if gg.is_tensor(log.namespace.get(used))]


def _leaf_names(call: BackwardCall, log: SessionLog) -> list[str]:
    names = []
    for ref in call.leaves:
        leaf = ref()
        if leaf is None:
            continue
        for key, value in list(log.namespace.items()):
            if value is leaf and not key.startswith("_"):
                names.append(key)
                break
    return sorted(names)


def _result_of(leaf: Any, log: SessionLog) -> tuple[str, bool] | None:
    """The last named tensor of the session computed from ``leaf`` (its graph reaches it, within
    200 nodes), with whether it holds one number; None when there is none."""
    found = None
    for key, value in list(log.namespace.items()):
        if key.startswith("_") or not gg.is_tensor(value) or value.grad_fn is None:
            continue
        graph = gg.discover(value.grad_fn, limit=200)
        if any(gg.is_leaf_node(node) and node.variable is leaf for node in graph.nodes):
            found = (key, value.numel() == 1)
    return found


def _tensor_to_ask(value: Any, log: SessionLog | None) -> str | None:
    """A name worth asking :why about instead of ``value``, which is no tensor: a named leaf
    under it when it is a graph node (``z.grad_fn``), else any named tensor that requires grad;
    None when the session has none (the fix then names no tensor that does not exist)."""
    namespace = log.namespace if log is not None else {}
    namer = gg.Namer(namespace)
    if hasattr(value, "next_functions"):
        for node in gg.discover(value, limit=200).nodes:
            if gg.is_leaf_node(node) and namer.leaf(node):
                return namer.leaf(node)
    for key, item in list(namespace.items()):
        if not key.startswith("_") and gg.is_tensor(item) and getattr(item, "requires_grad", False):
            return key
    return None


def _is_inference(t: Any) -> bool:
    try:
        return bool(t.is_inference())
    except Exception:  # noqa: BLE001
        return False


def _module_norms(module: Any, name: str) -> Verdict:
    """The gradient norm of each layer (its parameters together), in the order they are defined."""
    squares: dict[str, float] = {}
    for pname, param in module.named_parameters():
        if param.grad is not None:
            layer = pname.rpartition(".")[0] or pname
            squares[layer] = squares.get(layer, 0.0) + float(param.grad.detach().pow(2).sum().item())
    if not squares:
        return Verdict("module_no_grads", {"name": name})
    rows = [(layer, math.sqrt(total)) for layer, total in squares.items()]
    flagged = []
    for (a, na), (b, nb) in zip(rows, rows[1:]):
        low, high = min(na, nb), max(na, nb)
        if high > 0 and (low == 0 or high / low >= JUMP):
            flagged.append(f"{a} → {b}")
    facts: Facts = {"name": name, "norms": [[p, f"{n:.2g}"] for p, n in rows], "jumps": flagged}
    return Verdict("module_jump" if flagged else "module_even", facts)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
def _fact_text(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return i18n.t("why.yes" if value else "why.no", lang)
    if isinstance(value, list):
        if value and isinstance(value[0], list):
            return "; ".join(" ".join(str(part) for part in item) for item in value)
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


# The drawing a "See:" line points to, as code calls it: outside the REPL (a script, lesson
# code) there are no :graph/:backward commands. Keyed by the command the English text names.
_SEE_AS_CALL = {":graph": "viz.show_graph({root})", ":backward": "viz.walk_backward({root})"}


def render(verdict: Verdict, lang: str, *, commands: bool = True) -> str:
    """The explanation: the cause with its evidence, then one fix (or what was checked).
    ``commands``: a "See:" line names the REPL's command, else the ``viz`` call."""
    fields = {k: _fact_text(v, lang) for k, v in verdict.facts.items()}
    if "reason" in verdict.facts:
        fields["reason"] = i18n.t(f"why.reason.{verdict.facts['reason']}", lang)
    if "under" in verdict.facts:
        fields["under"] = verdict.facts["under"]
    if "dead" in verdict.facts:   # a percentage: Turkish writes the sign first (%50)
        fields["dead"] = i18n.t("why.format.percent", lang, n=verdict.facts["dead"])
    if verdict.cause == "saturated":
        fields["ends"] = i18n.t(f"why.saturated.{verdict.facts['kind']}", lang)
    if verdict.cause == "zero_factor":
        fields["what"] = i18n.t(f"why.zero_factor.{verdict.facts['kind']}", lang, **fields)
    if verdict.cause in ("flat_at_zero", "tied"):
        key = verdict.facts["fn"] if verdict.cause == "flat_at_zero" else verdict.facts["kind"]
        fields["how"] = i18n.t(f"why.{verdict.cause}.{key}", lang, **fields)
    if verdict.cause == "masked":
        fields["tie"] = i18n.t("why.masked.tied", lang, **fields) if "tied" in verdict.facts else ""
        if "passed_over" in verdict.facts:
            fields["tie"] += i18n.t(f"why.masked.passed_over.{verdict.facts['fn']}", lang, **fields)
        kind = f"why.masked.kind.{verdict.facts.get('kind')}"
        if kind in i18n.MESSAGES:   # a kind that needs more than its function's name
            fields["kind"] = i18n.t(kind, lang)
        cut = f"why.masked.cut.{verdict.facts.get('kind')}"
        fields["cut"] = i18n.t(cut if cut in i18n.MESSAGES else "why.masked.cut", lang)
    if verdict.cause == "zero_paths":
        fields["nodes"] = "; ".join(i18n.t(f"why.zero_paths.{kind}", lang, node=node, input=words)
                                    for node, kind, words in verdict.facts["stops"])
    if verdict.cause == "no_grad_function":
        fields["code"] = str(verdict.facts["how"])
        where = "decorator" if fields["code"].startswith("@") else "body"
        fields["how"] = i18n.t(f"why.no_grad_function.{where}", lang, **fields)
    if verdict.cause == "nan_earlier":
        origin = "node" if verdict.facts.get("node") else "forward"
        fields["origin"] = i18n.t(f"why.nan_earlier.{origin}", lang, **fields)
        fields["last_finite"] = i18n.t("why.nan_earlier.last_finite", lang) \
            if verdict.facts.get("last_finite") else ""
    text_key = f"why.{verdict.cause}"
    if verdict.cause == "not_on_path" and not verdict.facts.get("leaves"):
        text_key = "why.not_on_path.unnamed"   # no name to list: a dash read "reached: —."
    if verdict.cause == "reassigned" and verdict.facts.get("old_grad") == "None":
        text_key = "why.reassigned.unfilled"   # "backward filled its .grad (None)" when none had run
    lines = [i18n.t(text_key, lang, **fields).replace("  ", " ")]
    if verdict.cause == "module_even" or verdict.cause == "module_jump":
        width = max(len(p) for p, _ in verdict.facts["norms"])
        lines += [f"  {p.ljust(width)}  {n}" for p, n in verdict.facts["norms"]]
    if verdict.checked:
        lines.append(i18n.t("why.checked", lang) + " " + ", ".join(
            i18n.t(f"why.check.{c}", lang) for c in verdict.checked))
    fix_key = f"why.fix.{verdict.cause}"
    if f"{fix_key}.{verdict.facts.get('reason')}" in i18n.MESSAGES:
        fix_key = f"{fix_key}.{verdict.facts['reason']}"   # the where trap has its own fix
    if verdict.cause == "saturated" and f"{fix_key}.{verdict.facts.get('kind')}" in i18n.MESSAGES:
        fix_key = f"{fix_key}.{verdict.facts['kind']}"   # sigmoid before a loss has its own remedy
    if verdict.cause == "zero_factor" and verdict.facts.get("kind") == "constant":
        fix_key = "why.fix.zero_factor.constant"   # a typed 0: the term is no term at all
    if verdict.cause == "non_leaf" and not _NAME.fullmatch(str(verdict.facts.get("name", ""))):
        fix_key = "why.fix.non_leaf.expression"   # (x * 2).retain_grad() would mark a tensor no one keeps
    if verdict.cause == "no_backward" and "result" in verdict.facts:
        fix_key = "why.fix.no_backward." + ("scalar" if verdict.facts["scalar"] else "vector")
        fields["result"] = str(verdict.facts["result"])
    if verdict.cause == "not_tensor":   # a tensor of the session to ask about, or a placeholder
        example = verdict.facts.get("example")
        if example is None:
            fix_key = "why.fix.not_tensor.unnamed"
        ask = f"{example or i18n.t('why.format.placeholder', lang)}.grad"
        fields["ask"] = i18n.t("why.format.ask", lang, expr=ask) if commands else f'viz.why("{ask}")'
    if verdict.cause == "masked" and verdict.facts.get("kind") != "relu":
        fix_key = "why.fix.masked.choice"   # clamp, max, min: no dead units, a choice of values
        if verdict.facts.get("kind") in ("where", "leaky_relu", "hardtanh", "elu", "prelu"):
            fix_key = f"why.fix.masked.{verdict.facts['kind']}"
    fix = i18n.t(fix_key, lang, **fields)
    if fix != fix_key:
        lines.append(i18n.t("why.fix", lang) + " " + fix)
    root = str(verdict.facts.get("root", ""))
    if f"why.see.{verdict.cause}" in i18n.MESSAGES and root and not root.startswith("<") and root != "?":
        # why: a drawing to look at, only when the learner has a name to draw
        see = i18n.t(f"why.see.{verdict.cause}", lang, **fields)
        if not commands:
            see = _SEE_AS_CALL[i18n.t(f"why.see.{verdict.cause}", "en").split()[0]].format(root=root)
        lines.append(i18n.t("why.see", lang) + " " + see)
    return "\n".join(lines)


def why_text(value: Any, name: str, log: SessionLog | None, lang: str, *, commands: bool = True) -> str:
    return render(diagnose(value, name, log), lang, commands=commands)


def evaluate_target(expr: str, namespace: Mapping[str, Any]) -> tuple[Any, str]:
    """``w.grad`` or ``w`` -> (the tensor ``w``, ``"w"``); raises what evaluating raises."""
    base, _ = split_expr(expr)
    value = eval(compile(base, "<command>", "eval"), dict(namespace))  # noqa: S307 - learner's own
    return value, base


def replay(inputs: list[str], namespace: dict[str, Any], log: SessionLog | None) -> list[str]:
    """Run ``inputs`` one by one as the REPL does, told to ``log``; returns their outputs.
    For scripted scenarios (tests, recording against PyTorch)."""
    outputs = []
    torch = namespace.get("torch")
    if log is not None and torch is not None:
        install(log, torch)
    for source in inputs:
        if log is not None:
            log.before_input(source, namespace)
        outputs.append(run_code(source, namespace).output)
        if log is not None:
            log.after_input(source, namespace)
    return outputs
