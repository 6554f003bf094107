"""Tab completion from the live namespace (``x.gr`` -> ``grad``, ``grad_fn``) and colon commands.

Only plain dotted names are resolved (``model.fc.we``): nothing is called and no expression is
evaluated, so completing can never run learner code with side effects. Attribute access is
guarded, since a property may raise.
"""
from __future__ import annotations

import builtins
import keyword
import re
from typing import Any, Callable, Iterable, Iterator

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from autograd_tui.repl.commands import CommandRegistry, folded_forms, normalize
from autograd_tui.repl.multiline import is_command

_DOTTED = re.compile(r"([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\.([A-Za-z_]\w*)?$|([A-Za-z_]\w*)$")


def _safe_getattr(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name)
    except Exception:  # noqa: BLE001 - a property may raise anything
        return None


def _attr_names(obj: Any) -> list[str]:
    try:
        names = set(dir(obj))
    except Exception:  # noqa: BLE001
        return []
    return sorted(names, key=lambda n: (n.startswith("_"), n.lower()))


def _meta(obj: Any) -> str:
    if obj is None:
        return ""
    kind = type(obj).__name__
    return "module" if kind == "module" else kind


def attribute_candidates(namespace: dict[str, Any], path: str, prefix: str) -> list[tuple[str, Any]]:
    """Attributes of the object that ``path`` names, starting with ``prefix``."""
    head, *rest = path.split(".")
    if head in namespace:
        obj = namespace[head]
    elif hasattr(builtins, head):
        obj = getattr(builtins, head)
    else:
        return []
    for part in rest:
        obj = _safe_getattr(obj, part)
        if obj is None:
            return []
    show_private = prefix.startswith("_")
    out = []
    for name in _attr_names(obj):
        if not name.startswith(prefix):
            continue
        if name.startswith("_") and not show_private:
            continue
        out.append((name, None))
    return out


def name_candidates(namespace: dict[str, Any], prefix: str) -> list[tuple[str, Any]]:
    seen: set[str] = set()
    out: list[tuple[str, Any]] = []

    def add(names: Iterable[str], source: Callable[[str], Any] | None) -> None:
        for name in sorted(names):
            if name.startswith(prefix) and name not in seen and (
                    not name.startswith("_") or prefix.startswith("_")):
                seen.add(name)
                out.append((name, source(name) if source else None))

    add(namespace.keys(), namespace.get)           # the learner's own names first
    add(keyword.kwlist, None)
    add(dir(builtins), lambda n: getattr(builtins, n, None))
    return out


class ReplCompleter(Completer):
    """Completes Python against ``get_namespace()`` and colon commands against ``registry``."""

    def __init__(self, get_namespace: Callable[[], dict[str, Any]], registry: CommandRegistry,
                 get_context: Callable[[], Any] | None = None) -> None:
        self.get_namespace = get_namespace
        self.registry = registry
        self.get_context = get_context or (lambda: None)

    def get_completions(self, document: Document, complete_event: CompleteEvent
                        ) -> Iterator[Completion]:
        try:
            yield from self._completions(document)
        except Exception:  # noqa: BLE001 - completion must never break typing
            return

    def _completions(self, document: Document) -> Iterator[Completion]:
        before = document.text_before_cursor
        if is_command(before) and "\n" not in before:
            yield from self._command_completions(before.lstrip())
            return
        line = before.split("\n")[-1]
        if _inside_string_or_comment(line):
            return
        m = _DOTTED.search(line)
        if not m:
            return
        namespace = self.get_namespace()
        if m.group(3) is not None:  # a bare name
            prefix = m.group(3)
            for name, obj in name_candidates(namespace, prefix):
                yield Completion(name, -len(prefix), display_meta=_meta(obj))
            return
        path, prefix = m.group(1), m.group(2) or ""
        for name, _ in attribute_candidates(namespace, path, prefix):
            yield Completion(name, -len(prefix))

    def _command_completions(self, text: str) -> Iterator[Completion]:
        word, sep, arg = text[1:].partition(" ")
        if not sep:
            prefixes = folded_forms(word)
            lang = getattr(self.get_context(), "lang", "en")
            for name in self.registry.visible_names():
                if any(normalize(name).startswith(prefix) for prefix in prefixes):
                    cmd = self.registry.get(name)
                    yield Completion(":" + name, -len(text), display_meta=cmd.usage_in(lang) if cmd else "")
            return
        cmd = self.registry.get(word)
        if cmd is None or cmd.complete_arg is None:
            return
        for option in cmd.complete_arg(self.get_context(), arg):  # type: ignore[arg-type]  # a session
            yield Completion(option, -len(arg))


def _inside_string_or_comment(line: str) -> bool:
    """A cheap scan: are we after a '#' or inside an open quote on this line?"""
    quote: str | None = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
        elif ch == "#":
            return True
        elif ch in "\"'":
            quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else ch
            i += len(quote)
            continue
        i += 1
    return quote is not None


def expression_arg_completer(ctx: Any, arg: str) -> Iterable[str]:
    """For commands that take an expression (``:graph z``): complete names from the namespace."""
    namespace = getattr(ctx, "namespace", {}) or {}
    m = re.search(r"[A-Za-z_]\w*$", arg)
    prefix = m.group(0) if m else ""
    return [arg[: len(arg) - len(prefix)] + n for n in sorted(namespace) if n.startswith(prefix)
            and not n.startswith("_")]
