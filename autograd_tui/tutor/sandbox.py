"""``autograd-tui repl``: the free sandbox, with torch, nn, optim and F imported."""
from __future__ import annotations

import builtins
from typing import Any

from autograd_tui.evaluator import Result
from autograd_tui.repl.shell import CODE, PartialNamespace, Shell
from autograd_tui.ui.render import fit_toolbar

# Each import on its own, so a missing piece of an unfinished engine costs only that name.
SANDBOX_IMPORTS = (
    "import torch",
    "from torch import nn",
    "from torch import optim",
    "import torch.nn.functional as F",
)


def sandbox_namespace() -> dict[str, Any]:
    """A fresh namespace with the sandbox's imports done (no output, errors collected)."""
    ns: dict[str, Any] = {"__name__": "__main__", "__doc__": None, "__builtins__": builtins}
    problems = []
    for line in SANDBOX_IMPORTS:
        try:
            exec(compile(line, "<sandbox>", "exec"), ns)  # noqa: S102 - fixed, trusted source
        except Exception as exc:  # noqa: BLE001 - reported, the sandbox still opens
            problems.append(f"{line}: {type(exc).__name__}: {exc}")
    if problems:
        raise PartialNamespace(ns, "; ".join(problems))
    return ns


class SandboxController:
    in_lesson = False

    def __init__(self, shell: Shell, *, banner: bool = True) -> None:
        self.shell = shell
        self.banner = banner

    def start(self) -> None:
        if self.banner:
            self.shell.ui.info(self.shell.t("repl.banner"))

    def prompt(self) -> tuple[str, str]:
        return CODE, ">>> "

    def on_empty(self) -> str | None:
        return None

    def on_line(self, text: str) -> str | None:
        return None

    def after_run(self, source: str, result: Result) -> str | None:
        self.shell.explain(result)
        return None

    def redraw(self) -> None:
        pass  # nothing on screen depends on the language but the next messages

    def reset(self) -> None:
        # why: as in a lesson, one mistyped command must not wipe out everything typed so far
        if not self.shell.confirm(self.shell.t("repl.reset_confirm")):
            self.shell.ui.info(self.shell.t("repl.reset_cancelled"))
            return
        self.shell.prepare_namespace(sandbox_namespace)
        self.shell.wait_ready()
        self.shell.ui.info(self.shell.t("repl.reset_done"))

    def save(self) -> None:
        pass  # the language is saved when it changes; the sandbox has no progress

    def toolbar(self) -> str:
        # why: at 40 columns the one line was cut in the middle of "Ctrl-D leaves"
        return fit_toolbar(self.shell.t("repl.toolbar_keys"), self.shell.t("repl.toolbar_title"),
                           self.shell.ui.width)
