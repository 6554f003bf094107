"""The public drawing functions behind ``autograd_tui.viz`` (see the package's docstring).

Nothing here imports torch, rich or plotext until it is called.
"""
from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, Mapping

from autograd_tui import i18n
from autograd_tui.viz import gradgraph as gg
from autograd_tui.viz import observe, plots, script_log
from autograd_tui.viz import whygrad as why_module
from autograd_tui.viz.backward_walk import render_walk, walk
from autograd_tui.viz.expressions import expression_function
from autograd_tui.viz.graph import render_graph

__all__ = ["graph_text", "show_graph", "walk_text", "walk_backward", "plot", "plot_sequence",
           "why", "why_text"]


def _names(names: Mapping[str, Any] | None) -> Mapping[str, Any]:
    # depth 3: this helper, the public function, then its caller
    return names if names is not None else gg.caller_namespace(3)


def _print(text: str, file: Any) -> None:
    print(text, file=sys.stdout if file is None else file)


def graph_text(tensor: Any, names: Mapping[str, Any] | None = None, *, max_nodes: int = 40,
               lang: str | None = None, ascii_only: bool = False) -> str:
    """The computation graph behind ``tensor`` as text."""
    return render_graph(tensor, _names(names), max_nodes=max_nodes, lang=lang, ascii_only=ascii_only)


def show_graph(tensor: Any, names: Mapping[str, Any] | None = None, *, max_nodes: int = 40,
               lang: str | None = None, ascii_only: bool = False, file: Any = None) -> None:
    """Print the computation graph behind ``tensor``."""
    _print(render_graph(tensor, _names(names), max_nodes=max_nodes, lang=lang,
                        ascii_only=ascii_only), file)


def walk_text(tensor: Any, gradient: Any = None, names: Mapping[str, Any] | None = None, *,
              lang: str | None = None, ascii_only: bool = False) -> str:
    """The backward pass from ``tensor``, node by node, as text (``.grad`` is not changed)."""
    lang = lang or i18n.ambient_language()
    return render_walk(walk(tensor, gradient, _names(names), lang=lang), lang, ascii_only=ascii_only)


def walk_backward(tensor: Any, gradient: Any = None, names: Mapping[str, Any] | None = None, *,
                  lang: str | None = None, ascii_only: bool = False, file: Any = None) -> None:
    """Print the backward pass from ``tensor``, node by node (``.grad`` is not changed)."""
    lang = lang or i18n.ambient_language()
    _print(render_walk(walk(tensor, gradient, _names(names), lang=lang), lang,
                       ascii_only=ascii_only), file)


def torch_from(names: Mapping[str, Any]) -> Any:
    module = names.get("torch")
    if module is not None and hasattr(module, "tensor"):
        return module
    return importlib.import_module("torch")


def plot(what: Any, lo: float | None = None, hi: float | None = None, *,
         label: str | None = None, names: Mapping[str, Any] | None = None, lang: str | None = None,
         chart: bool | None = None, file: Any = None) -> None:
    """``plot(torch.sin, -3, 3)``: a function of x and its autograd derivative on [lo, hi]
    (also ``plot("x**3", -2, 2)``); ``plot(losses)``: a sequence of numbers."""
    scope = _names(names)
    try:
        if lo is None and hi is None and not callable(what) and not isinstance(what, str):
            values = plots.sequence_values(what)
            name = label or _name_of(what, scope) or i18n.t("viz.unnamed_values", i18n.ambient_language())
            _print(plots.render_sequence(values, name, lang, chart=chart), file)
            return
        fn, text = function_of(what, scope)
        data = plots.sample_function(fn, -3.0 if lo is None else float(lo),
                                     3.0 if hi is None else float(hi), torch_from(scope),
                                     label=label or text)
        _print(plots.render_function(data, lang, chart=chart), file)
    except plots.PlotError as exc:
        _print(i18n.t(exc.key, lang or i18n.ambient_language(), **exc.fields), file)


def plot_sequence(values: Any, name: str | None = None, *, names: Mapping[str, Any] | None = None,
                  lang: str | None = None, chart: bool | None = None, file: Any = None) -> None:
    """A sequence of numbers, such as a loss history, as a chart or a small table."""
    scope = _names(names)
    try:
        data = plots.sequence_values(values)
    except plots.PlotError as exc:
        _print(i18n.t(exc.key, lang or i18n.ambient_language(), **exc.fields), file)
        return
    shown = name or _name_of(values, scope) or i18n.t("viz.unnamed_values", lang or i18n.ambient_language())
    _print(plots.render_sequence(data, shown, lang, chart=chart), file)


def _name_of(value: Any, scope: Mapping[str, Any]) -> str | None:
    for key, item in scope.items():
        if item is value and not key.startswith("_"):
            return key
    return None


def _grad_owner(value: Any, scope: Mapping[str, Any]) -> tuple[Any, str] | None:
    """``(w, "w")`` when ``value`` is the ``.grad`` of a tensor ``w`` in ``scope``: ``viz.why(w.grad)``
    asks about w's gradient, not about the gradient tensor itself (which never requires grad)."""
    if value is None or not gg.is_tensor(value) or value.requires_grad:
        return None
    for key, item in scope.items():
        if not key.startswith("_") and gg.is_tensor(item) and (item.is_leaf or getattr(item, "retains_grad", False)) \
                and item.grad is value:
            return item, key
    return None


def function_of(what: Any, scope: Mapping[str, Any]) -> tuple[Callable[[Any], Any], str]:
    """A callable of one tensor and its label, from a callable or an expression such as
    ``"torch.sin(x)"`` (its one free name, or ``x``, is the variable)."""
    if callable(what):
        name = getattr(what, "__name__", None)
        if not name or name == "<lambda>":
            return what, "f(x)"
        return what, f"{name}(x)"
    return expression_function(str(what), scope)


def why_text(what: Any, names: Mapping[str, Any] | None = None, *, lang: str | None = None) -> str:
    """Why a gradient is None, zero, NaN or large: ``why_text("w.grad")`` or ``why_text(w)``
    (in ``lang``, else the language the code runs in: ``run --lang tr``, the tutor's)."""
    return _why(what, _names(names), lang or i18n.ambient_language())


def why(what: Any, names: Mapping[str, Any] | None = None, *, lang: str | None = None,
        file: Any = None) -> None:
    """Print why a gradient is None, zero, NaN or large: ``why("w.grad")`` or ``why(w)``
    (a model works too: its gradient norm per layer)."""
    _print(_why(what, _names(names), lang or i18n.ambient_language()), file)


def _why(what: Any, scope: Mapping[str, Any], lang: str) -> str:
    if isinstance(what, str):
        try:
            value, name = why_module.evaluate_target(what, scope)
        except Exception as exc:  # noqa: BLE001 - the learner's expression failed
            return i18n.t("viz.eval_error", lang, expr=what, error=f"{type(exc).__name__}: {exc}")
    else:
        value, name = _grad_owner(what, scope) or (what, _name_of(what, scope) or "tensor")
    log = observe.active()
    try:
        script_log.bring_up_to_date(log)   # a script run by `autograd-tui run`: what it ran so far
    except Exception:  # noqa: BLE001 - the log's story is a help; the verdict comes without it
        pass
    return why_module.why_text(value, name, log, lang, commands=False)   # code has no :graph
