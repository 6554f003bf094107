"""What the colon commands ``:graph`` / ``:çizge``, ``:backward`` / ``:geri-yayılım``, ``:why`` /
``:neden`` and ``:plot`` / ``:çiz`` do (:mod:`autograd_tui.viz.commands` registers them).

Handlers get the running session as ``ctx`` (a :class:`~autograd_tui.repl.commands.CommandContext`).
On a terminal ``:backward`` waits for a key between nodes; from a pipe it prints
every node at once.
"""
from __future__ import annotations

import os
import re
from typing import Any, Iterable

from rich.text import Text

from autograd_tui.errors import log_internal_error
from autograd_tui.repl.commands import CommandContext
from autograd_tui.repl.completer import attribute_candidates
from autograd_tui.viz import gradgraph as gg
from autograd_tui.viz import observe, plots, source_names
from autograd_tui.viz.api import torch_from
from autograd_tui.viz import whygrad as why_module
from autograd_tui.viz.backward_walk import render_footer, render_header, render_step, walk
from autograd_tui.viz.expressions import expression_function
from autograd_tui.viz.graph import has_graph, render_graph

NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
RANGE = re.compile(rf"^(?P<expr>.*?)\s+(?P<lo>{NUMBER})\s+(?P<hi>{NUMBER})\s*$")
NODE_STYLE = r"\b[A-Z]\w*Backward\d*\b|\bCopySlices\b"


# ---------------------------------------------------------------------------------------------
# Helpers shared by the handlers
# ---------------------------------------------------------------------------------------------
# a dotted name at the end of a command's argument (``x.gr``, ``model.fc.we``)
DOTTED_TAIL = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.\w*$")


def _attribute_completions(ns: dict[str, Any], arg: str) -> list[str] | None:
    """``x.gr`` -> ``x.grad``, ``x.grad_fn``; None when the argument does not end in a dotted name."""
    m = DOTTED_TAIL.search(arg)
    if m is None:
        return None
    path, _, prefix = m.group(0).rpartition(".")
    return [arg[: m.start()] + path + "." + name for name, _ in attribute_candidates(ns, path, prefix)]


def tensor_names(ctx: CommandContext, arg: str) -> Iterable[str]:
    ns = getattr(ctx, "namespace", {}) or {}
    attributes = _attribute_completions(ns, arg)
    if attributes is not None:
        return attributes
    return sorted(n for n, v in list(ns.items()) if n.startswith(arg) and not n.startswith("_")
                  and gg.is_tensor(v))


def plottable_names(ctx: CommandContext, arg: str) -> Iterable[str]:
    ns = getattr(ctx, "namespace", {}) or {}
    attributes = _attribute_completions(ns, arg)
    if attributes is not None:
        return attributes
    return sorted(n for n, v in list(ns.items()) if n.startswith(arg) and not n.startswith("_")
                  and (gg.is_tensor(v) or isinstance(v, (list, tuple))))


def _shown(ctx: CommandContext, name: str) -> str:
    """The command's name as the learner's language spells it (:çizge on Turkish screens)."""
    registry = getattr(ctx, "registry", None)
    return registry.shown_name(name, ctx.lang) if registry is not None else name


def _usage(ctx: CommandContext, command: str) -> str:
    """The command's usage, its example a tensor of the session: the last leaf that requires
    grad for :why, the last result with a graph otherwise (``:why z`` named a z no one made)."""
    ns = getattr(ctx, "namespace", {}) or {}
    tensors = [(n, v) for n, v in list(ns.items()) if not n.startswith("_") and gg.is_tensor(v)]
    if command == "why":
        names = [f"{n}.grad" for n, v in tensors if v.requires_grad and v.is_leaf]
    else:
        names = [n for n, v in tensors if v.grad_fn is not None]
    name = _shown(ctx, command)
    if names:
        return ctx.t("viz.needs_expr", name=name, example=names[-1])
    return ctx.t("viz.needs_expr.no_tensor", name=name, example="x.grad" if command == "why" else "z")


def _ready(ctx: CommandContext) -> None:
    wait = getattr(ctx, "wait_ready", None)
    if callable(wait):
        wait()  # the sandbox may still be importing torch in the background


def _evaluate(ctx: CommandContext, expr: str) -> tuple[bool, Any]:
    _ready(ctx)
    try:
        return True, eval(compile(expr, "<command>", "eval"), ctx.namespace)  # noqa: S307 - learner's own
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - reported in a sentence, never a traceback
        ctx.ui.warn(ctx.t("viz.eval_error", expr=expr, error=_failure(exc)))
        return False, None


def source_labels(ctx: CommandContext, value: Any, expression: str) -> source_names.Labels:
    """What the session's source (typed inputs and a lesson's replayed steps) and ``expression``,
    the text the learner gave the command, say of ``value``'s graph: its constants' names."""
    if not has_graph(value):
        return source_names.Labels()
    namespace = getattr(ctx, "namespace", None) or {}
    try:
        for observer in list(getattr(ctx, "observers", ())):
            wake = getattr(observer, "wake", None)
            if callable(wake):
                wake()   # a log made on first use learns the lesson's replay now
        log = observe.active()
        # why: the log watches this shell's namespace only; another one's story would mislead
        book = log.source_book(namespace) if log is not None and log.namespace is namespace else None
        return source_names.constant_labels(value.grad_fn, namespace, book, expression=expression)
    except Exception as exc:  # noqa: BLE001 - the names are a nicety; the drawing comes anyway
        log_internal_error(exc)
        return source_names.Labels()


def ascii_only(ctx: CommandContext) -> bool:
    enc = (getattr(ctx.console.file, "encoding", None) or "utf-8").lower()
    return os.environ.get("TERM") == "dumb" or "utf" not in enc


def _styled(text: str) -> Text:
    out = Text(text, no_wrap=True, overflow="ellipsis")
    out.highlight_regex(NODE_STYLE, "bold cyan")
    out.highlight_regex(r"\bAccumulateGrad\b", "bold green")
    out.highlight_regex(r"\(None, 0\)", "dim")
    out.highlight_regex(r"grad=\S.*$|\.grad\b.*$", "yellow")
    return out


# ---------------------------------------------------------------------------------------------
# :graph
# ---------------------------------------------------------------------------------------------
def cmd_graph(ctx: CommandContext, arg: str) -> None:
    if not arg:
        ctx.ui.info(_usage(ctx, "graph"))
        return None
    ok, value = _evaluate(ctx, arg)
    if not ok:
        return None
    width = max(20, ctx.console.width)
    text = render_graph(value, ctx.namespace, name=arg, width=width, ascii_only=ascii_only(ctx),
                        lang=ctx.lang, source=source_labels(ctx, value, arg))
    if not has_graph(value):
        ctx.ui.info(text)
        return None
    ctx.ui.rule(ctx.t("graph.title", name=arg))
    ctx.ui.print(_styled(text))
    ctx.ui.dim(ctx.t("graph.legend"))
    return None


# ---------------------------------------------------------------------------------------------
# :backward
# ---------------------------------------------------------------------------------------------
def _split_gradient(ctx: CommandContext, arg: str) -> tuple[bool, Any, Any]:
    """``z`` or ``z, torch.tensor([1., 2.])`` -> (ok, tensor, gradient or None)."""
    ok, value = _evaluate(ctx, arg)
    if not ok:
        return False, None, None
    if isinstance(value, tuple) and len(value) == 2 and gg.is_tensor(value[0]):
        return True, value[0], value[1]
    return True, value, None


def cmd_backward(ctx: CommandContext, arg: str) -> None:
    if not arg:
        ctx.ui.info(_usage(ctx, "backward"))
        return None
    ok, tensor, gradient = _split_gradient(ctx, arg)
    if not ok:
        return None
    name = arg.split(",")[0].strip() if gradient is not None else arg
    w = walk(tensor, gradient, ctx.namespace, name=name, lang=ctx.lang,
             source=source_labels(ctx, tensor, name))
    if w.error:
        ctx.ui.info(ctx.t(w.error, name=name, detail=w.error_detail))
        return None
    play_walk(ctx, w, ascii_only=ascii_only(ctx))
    return None


def play_walk(ctx: CommandContext, w: Any, *, ascii_only: bool = False) -> None:
    """Show a computed walk; on a terminal, one node per key press (q stops, a shows the rest)."""
    ctx.ui.rule(ctx.t("walk.title", name=w.name))
    for line in render_header(w, ctx.lang):
        ctx.ui.info(line)
    pausing = bool(getattr(ctx, "interactive", False))
    for step in w.steps:
        ctx.ui.line()
        ctx.ui.print(_styled("\n".join(render_step(step, len(w.steps) + w.not_walked, ctx.lang,
                                                   ascii_only=ascii_only, width=ctx.ui.width))))
        if pausing and step is not w.steps[-1]:
            try:
                key = (ctx.wait_key(ctx.t("walk.keys")) or "").lower()
            except EOFError:   # Ctrl-D stops the walk, as `q` does (it said ":backward failed: EOFError")
                return
            if key in ("q", "\x1b"):
                return
            if key == "a":
                pausing = False
    if w.not_walked:
        ctx.ui.line()
        ctx.ui.info(ctx.t("walk.more_steps", n=w.not_walked))
    footer = render_footer(w, ctx.lang, ctx.ui.width)
    if footer:
        ctx.ui.line()
        for line in footer:
            ctx.ui.success(line)


# ---------------------------------------------------------------------------------------------
# :why
# ---------------------------------------------------------------------------------------------
def cmd_why(ctx: CommandContext, arg: str) -> None:
    if not arg:
        ctx.ui.info(_usage(ctx, "why"))
        return None
    base, _ = why_module.split_expr(arg)
    ok, value = _evaluate(ctx, base)
    if not ok:
        return None
    verdict = why_module.diagnose(value, base, observe.active())
    ctx.ui.rule(ctx.t("why.title", expr=arg))
    ctx.ui.info(why_module.render(verdict, ctx.lang))
    return None


# ---------------------------------------------------------------------------------------------
# :plot
# ---------------------------------------------------------------------------------------------
def cmd_plot(ctx: CommandContext, arg: str) -> None:
    if not arg:
        ctx.ui.info(ctx.t("plot.usage"))
        return None
    _ready(ctx)
    chart = bool(getattr(ctx, "interactive", False)) or plots.chart_wanted(ctx.console.file)
    m = RANGE.match(arg)
    try:
        if m is None:
            text = _plot_without_range(ctx, arg, chart)
        else:
            text = _plot_function(ctx, m.group("expr"), float(m.group("lo")), float(m.group("hi")), chart)
    except plots.PlotError as exc:
        ctx.ui.info(ctx.t(exc.key, **exc.fields))
        return None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - the learner's expression failed
        ctx.ui.warn(ctx.t("viz.eval_error", expr=arg, error=_failure(exc)))
        return None
    if text is not None:
        ctx.ui.write_raw(text + "\n")  # why: verbatim; plotext's colour codes must pass through
    return None


def _torch(ctx: CommandContext) -> Any:
    return torch_from(ctx.namespace)


def _plot_scope(ctx: CommandContext) -> dict[str, Any]:
    """The names a :plot expression sees: the session's, with ``torch`` even before the
    learner imported it (the :help example ``torch.sin(x)`` works on a lesson's first step)."""
    scope = dict(ctx.namespace)
    if "torch" not in scope:
        scope["torch"] = _torch(ctx)
    return scope


def _plot_function(ctx: CommandContext, expr: str, lo: float, hi: float, chart: bool) -> str:
    fn, label = expression_function(expr, _plot_scope(ctx))
    data = plots.sample_function(fn, lo, hi, _torch(ctx), label=label)
    return plots.render_function(data, ctx.lang, chart=chart)


def _plot_without_range(ctx: CommandContext, arg: str, chart: bool) -> str | None:
    """``:plot losses`` (a sequence) or ``:plot torch.sin`` (a function, on [-3, 3])."""
    try:
        code = compile(arg, "<command>", "eval")
    except SyntaxError:
        if _ends_in_a_range(arg):   # `:plot x 0 inf`, `:plot torch.sin(x) a b`: the range is wrong
            raise plots.PlotError("plot.bad_range") from None
        raise
    try:
        value = eval(code, _plot_scope(ctx))  # noqa: S307
    except NameError:
        if arg.strip().isidentifier():   # a lone unknown name is a typo, not the line y = x
            raise
        return _plot_function(ctx, arg, -3.0, 3.0, chart)  # a free x: a function of x
    if callable(value) and not gg.is_tensor(value):
        return _plot_function(ctx, arg, -3.0, 3.0, chart)
    values = plots.sequence_values(value)
    return plots.render_sequence(values, arg, ctx.lang, chart=chart)


def _ends_in_a_range(arg: str) -> bool:
    """Whether ``arg`` is an expression followed by two words meant as the range: it used to be
    evaluated whole and called a SyntaxError, which hid that only the range was wrong."""
    parts = arg.rsplit(None, 2)
    if len(parts) != 3:
        return False
    try:
        compile(parts[0], "<command>", "eval")
    except SyntaxError:
        return False
    return True


def _failure(exc: BaseException) -> str:
    """``SyntaxError: invalid syntax``: without the ``(<command>, line 1)`` of the one line the
    learner typed after the command, a place that names nothing they wrote."""
    if isinstance(exc, SyntaxError) and exc.filename == "<command>" and exc.msg:
        return f"{type(exc).__name__}: {exc.msg}"
    return f"{type(exc).__name__}: {exc}"
