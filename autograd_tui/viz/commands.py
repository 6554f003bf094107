"""The colon commands ``:graph`` / ``:çizge``, ``:backward`` / ``:geri-yayılım``, ``:why`` /
``:neden`` and ``:plot`` / ``:çiz``, registered into the tutor's command registry (see
``autograd_tui.repl.commands.EXTENSIONS``).

Registering loads nothing of the drawings: each handler and completer loads
:mod:`autograd_tui.viz.command_handlers` when it is first used, so the REPL's first prompt
does not wait for code the learner may never call.
"""
from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, Callable, Iterable

from autograd_tui.repl.commands import CommandContext, CommandRegistry
from autograd_tui.viz import chart_mode


def _handlers() -> ModuleType:
    from autograd_tui.viz import command_handlers  # start-up: the drawings load on the first command
    return command_handlers


def _handler(name: str) -> Callable[[CommandContext, str], Any]:
    def handle(ctx: CommandContext, arg: str) -> Any:
        return getattr(_handlers(), name)(ctx, arg)
    handle.__name__ = name
    return handle


def tensor_names(ctx: CommandContext, arg: str) -> Iterable[str]:
    return _handlers().tensor_names(ctx, arg)


def plottable_names(ctx: CommandContext, arg: str) -> Iterable[str]:
    return _handlers().plottable_names(ctx, arg)


def register(registry: CommandRegistry) -> None:
    registry.register("graph", _handler("cmd_graph"), "cmd.graph", aliases=("çizge",),
                      hidden_aliases=("cizge", "grafik"), usage="viz.usage_expr",
                      complete_arg=tensor_names)
    registry.register("backward", _handler("cmd_backward"), "cmd.backward", aliases=("geri-yayılım",),
                      hidden_aliases=("geri-yayilim", "geriyayilim", "geriyayılım"), usage="viz.usage_expr",
                      complete_arg=tensor_names)
    registry.register("why", _handler("cmd_why"), "cmd.why", aliases=("neden",), usage="viz.usage_expr",
                      complete_arg=tensor_names)
    registry.register("plot", _handler("cmd_plot"), "cmd.plot", aliases=("çiz",), hidden_aliases=("ciz",),
                      usage="plot.usage_args", complete_arg=plottable_names)
    # why: lesson code that calls viz.plot(...) in the interactive tutor runs with its output
    # captured; on a real terminal it should still draw a chart rather than a table
    if _is_terminal():
        chart_mode.set_chart_mode(True)


def _is_terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
