"""The colon-command registry: aliases, suggestions and extension hooks."""
from __future__ import annotations

import sys
import types

from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.commands import QUIT, CommandRegistry, split_command

REQUIRED = {"next": "ileri", "back": "geri", "hint": "ipucu", "skip": "atla",
            "solution": "çözüm", "help": "yardım", "quit": "çık"}


def test_every_command_has_its_turkish_alias() -> None:
    reg = build_registry(load_extensions=False)
    for english, turkish in REQUIRED.items():
        assert reg.get(english) is reg.get(turkish) is not None, english
    for name in ("menu", "lang", "reset"):
        assert reg.get(name) is not None


def test_lookup_is_forgiving() -> None:
    reg = build_registry(load_extensions=False)
    assert reg.get(":İLERİ") is reg.get("next")        # Turkish capital İ folds to i
    assert reg.get("cozum") is reg.get("solution")      # ASCII spelling of çözüm
    assert reg.get("yardim") is reg.get("help")
    assert reg.get("nope") is None
    assert reg.suggest("hitn") == "hint"


def test_split_command() -> None:
    assert split_command("  :lang   tr ") == ("lang", "tr")
    assert split_command(":graph z + 1") == ("graph", "z + 1")
    assert split_command(":") == ("", "")


def test_another_module_can_register_commands() -> None:
    calls = []
    module = types.ModuleType("fake_viz_commands")

    def register(registry: CommandRegistry) -> None:
        registry.register("graph", lambda ctx, arg: calls.append(arg), "cmd.help",
                          aliases=("grafik",), usage="EXPR")

    module.register = register  # type: ignore[attr-defined]
    sys.modules["fake_viz_commands"] = module
    try:
        reg = build_registry(load_extensions=False)
        reg.load_extensions(["fake_viz_commands", "no_such_module_anywhere"])
        assert reg.get("grafik") is reg.get("graph")
        reg.get("graph").handler(None, "z")
        assert calls == ["z"]
        assert not reg.load_errors  # a missing module is simply absent
    finally:
        del sys.modules["fake_viz_commands"]


def test_a_broken_extension_is_reported_not_fatal() -> None:
    module = types.ModuleType("broken_ext")

    def register(registry: CommandRegistry) -> None:
        raise RuntimeError("boom")

    module.register = register  # type: ignore[attr-defined]
    sys.modules["broken_ext"] = module
    try:
        reg = build_registry(load_extensions=False)
        reg.load_extensions(["broken_ext"])
        assert reg.load_errors == [("broken_ext", "RuntimeError: boom")]
        assert reg.get("quit").handler(None, "") == QUIT
    finally:
        del sys.modules["broken_ext"]
