"""The tutor's own colon commands, each with its Turkish alias (and an ASCII spelling of it,
for keyboards without ç, ı, ü)."""
from __future__ import annotations


from autograd_tui.repl.commands import MENU, QUIT, CommandContext, CommandRegistry, Handler
from autograd_tui.settings import LANGS


def _lesson_action(method: str) -> Handler:
    def handler(ctx: CommandContext, arg: str) -> str | None:
        return getattr(ctx.controller, method)(arg)
    return handler


def _lang(ctx: CommandContext, arg: str) -> None:
    choice = arg.strip().lower()
    if choice not in LANGS:
        ctx.ui.info(ctx.t("repl.lang_usage"))
        return None
    ctx.set_language(choice)
    ctx.ui.info(ctx.t("repl.lang_set"))
    ctx.controller.redraw()
    return None


def _help(ctx: CommandContext, arg: str) -> None:
    ctx.show_help()


def _reset(ctx: CommandContext, arg: str) -> None:
    ctx.controller.reset()


def build_registry(load_extensions: bool = True) -> CommandRegistry:
    reg = CommandRegistry()
    reg.register("next", _lesson_action("cmd_next"), "cmd.next", aliases=("ileri",),
                 lesson_only=True)
    reg.register("back", _lesson_action("cmd_back"), "cmd.back", aliases=("geri",),
                 lesson_only=True)
    reg.register("hint", _lesson_action("cmd_hint"), "cmd.hint", aliases=("ipucu",),
                 lesson_only=True)
    reg.register("skip", _lesson_action("cmd_skip"), "cmd.skip", aliases=("atla",),
                 lesson_only=True)
    reg.register("check", _lesson_action("cmd_check"), "cmd.check", aliases=("kontrol",),
                 lesson_only=True)
    reg.register("retry", _lesson_action("cmd_retry"), "cmd.retry", aliases=("tekrar",),
                 lesson_only=True)
    reg.register("solution", _lesson_action("cmd_solution"), "cmd.solution", aliases=("çözüm",),
                 hidden_aliases=("cozum",), lesson_only=True)
    reg.register("menu", lambda ctx, arg: MENU, "cmd.menu", aliases=("menü",))
    reg.register("lang", _lang, "cmd.lang", aliases=("dil",), usage="tr|en",
                 complete_arg=lambda ctx, arg: [c for c in LANGS if c.startswith(arg)])
    reg.register("reset", _reset, "cmd.reset", aliases=("sıfırla",), hidden_aliases=("sifirla",))
    reg.register("help", _help, "cmd.help", aliases=("yardım",), hidden_aliases=("yardim", "?"))
    reg.register("quit", lambda ctx, arg: QUIT, "cmd.quit", aliases=("çık",),
                 hidden_aliases=("cik", "exit", "q"))
    if load_extensions:
        reg.load_extensions()
    return reg
