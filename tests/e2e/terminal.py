"""A small pexpect driver that reads a pseudo-terminal as a person sees it (ANSI stripped)."""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pexpect

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]|\x1b[=>78]")
ENTER, CTRL_C, CTRL_D = "\r", "\x03", "\x04"


def fresh_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "XDG_STATE_HOME", "NO_COLOR", "LC_ALL",
                        "LC_MESSAGES", "COLUMNS", "LINES")}
    env.update(HOME=str(home), PROMPT_TOOLKIT_NO_CPR="1", LANG="C.UTF-8", TERM="xterm-256color",
               PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


class Terminal:
    def __init__(self, args: list[str], env: dict[str, str], *, rows: int = 50, cols: int = 200,
                 timeout: float = 60) -> None:
        self.child = pexpect.spawn(sys.executable, ["-m", "autograd_tui", *args], env=env,
                                   encoding="utf-8", dimensions=(rows, cols), timeout=timeout)
        self.timeout = timeout
        self.raw = ""
        self.consumed = 0      # offset into the cleaned text already matched

    @property
    def text(self) -> str:
        return ANSI.sub("", self.raw).replace("\r", "")

    def _pump(self, wait: float) -> bool:
        try:
            self.raw += self.child.read_nonblocking(65536, timeout=wait)
            return True
        except pexpect.TIMEOUT:
            return True
        except pexpect.EOF:
            return False

    def expect(self, needle: str, timeout: float | None = None) -> str:
        """Wait until ``needle`` appears after what was matched before; return the text up to it."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            text = self.text
            at = text.find(needle, self.consumed)
            if at >= 0:
                before = text[self.consumed:at]
                self.consumed = at + len(needle)
                return before
            if time.monotonic() > deadline or not self._pump(0.1):
                if not self.child.isalive():
                    self._pump(0.1)
                    text = self.text
                    if text.find(needle, self.consumed) >= 0:
                        continue
                raise AssertionError(f"never saw {needle!r}; screen since last match:\n"
                                     f"{text[self.consumed:][-3000:]}")

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def line(self, text: str) -> None:
        self.child.send(text + ENTER)

    def wait_exit(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while self.child.isalive() and time.monotonic() < deadline:
            self._pump(0.1)
        self._pump(0.1)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else -(self.child.signalstatus or 0)

    def kill9(self) -> None:
        self.child.kill(9)
        self.child.close(force=True)
