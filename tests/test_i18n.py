"""Every UI string exists in Turkish and English, and known autograd errors are explained."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from autograd_tui import i18n
from autograd_tui.repl.builtin_commands import build_registry

ROOT = Path(__file__).resolve().parents[1] / "autograd_tui"
UI_PACKAGES = ("tutor", "repl", "ui")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_both_languages() -> None:
    _import_ui_modules()
    for key, forms in i18n.MESSAGES.items():
        _check_both(key, forms)


def _check_both(key: str, forms: dict) -> None:
    assert set(forms) == {"tr", "en"}, key
    assert forms["tr"].strip() and forms["en"].strip(), key
    # The same placeholders on both sides, or one language would print "{k}".
    assert _fields(forms["tr"]) == _fields(forms["en"]), key


def test_turkish_is_not_a_copy_of_english() -> None:
    _import_ui_modules()
    # Short symbols and the product name may be identical; sentences may not.
    same = [k for k, f in i18n.MESSAGES.items() if f["tr"] == f["en"] and len(f["en"]) > 12]
    assert not same


def _keys_used_in_code() -> set[str]:
    pattern = re.compile(r"""\bt\(\s*(?:f?["'])([a-z_]+\.[a-z_]+)["']""")
    used: set[str] = set()
    for package in UI_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            used.update(pattern.findall(path.read_text(encoding="utf-8")))
    return used


def _import_ui_modules() -> None:
    """Modules may add their strings with add_messages when imported; import them all first."""
    import importlib

    for package in UI_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            name = "autograd_tui." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
            try:
                importlib.import_module(name.removesuffix(".__init__"))
            except Exception:  # noqa: BLE001 - a module that cannot import is another test's failure
                pass


def test_every_key_used_in_code_exists() -> None:
    _import_ui_modules()
    used = _keys_used_in_code()
    assert used, "the scan found no keys: the pattern is broken"
    missing = sorted(k for k in used if k not in i18n.MESSAGES)
    assert not missing


def test_lesson_kind_labels_exist() -> None:
    # flow.py builds these keys from the step kind, so the scan above cannot see them.
    for kind in ("text", "code", "task", "quiz"):
        assert f"lesson.kind_{kind}" in i18n.MESSAGES


def test_every_command_has_help_in_both_languages() -> None:
    for cmd in build_registry(load_extensions=False).commands():
        assert cmd.help_key in i18n.MESSAGES, cmd.name
        assert i18n.t(cmd.help_key, "tr") != cmd.help_key


def test_t_never_raises() -> None:
    assert i18n.t("no.such.key", "tr") == "no.such.key"
    assert "{k}" in i18n.t("menu.status_step", "en", wrong=1)  # missing field: raw text
    assert i18n.t("menu.status_step", "en", k=2, n=5) == "step 2 of 5"
    assert i18n.t("menu.status_step", "tr", k=2, n=5) == "adım 2/5"
    assert i18n.t("quiz.correct", "xx") == "Correct!"  # unknown language: English


def test_add_messages_requires_both_languages() -> None:
    with pytest.raises(ValueError):
        i18n.add_messages({"viz.only_en": {"en": "graph"}})
    i18n.add_messages({"viz.test": {"en": "graph", "tr": "grafik"}})
    try:
        assert i18n.t("viz.test", "tr") == "grafik"
    finally:
        del i18n.MESSAGES["viz.test"]


# PyTorch's own messages (2.x), as a learner meets them.
KNOWN_ERRORS = [
    ("RuntimeError", "element 0 of tensors does not require grad and does not have a grad_fn",
     "err.no_grad_graph"),
    ("RuntimeError", "grad can be implicitly created only for scalar outputs", "err.implicit_scalar"),
    ("RuntimeError", "Trying to backward through the graph a second time (or directly access "
                     "saved tensors after they have already been freed). Saved intermediate values "
                     "of the graph are freed when you call .backward() or autograd.grad(). Specify "
                     "retain_graph=True if you need to backward through the graph a second time or "
                     "if you need to access saved tensors after calling backward.",
     "err.backward_twice"),
    ("TypeError", "gradients can be either Tensors or None, but got int", "err.gradient_not_tensor"),
    ("RuntimeError", "a leaf Variable that requires grad is being used in an in-place operation.",
     "err.inplace_leaf"),
    ("RuntimeError", "The size of tensor a (3) must match the size of tensor b (2) at "
                     "non-singleton dimension 0", "err.shape_broadcast"),
    ("RuntimeError", "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)", "err.shape_matmul"),
    ("RuntimeError", "Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and "
                     "output[0] has a shape of torch.Size([2]).", "err.shape_grad"),
    ("RuntimeError", "shape '[2, 3]' is invalid for input of size 4", "err.shape_view"),
    ("RuntimeError", "one of the variables needed for gradient computation has been modified by "
                     "an inplace operation: [torch.FloatTensor [2]] is at version 1; expected "
                     "version 0 instead.", "err.inplace_saved"),
    ("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients",
     "err.int_requires_grad"),
    ("TypeError", "'builtin_function_or_method' object is not subscriptable", "err.method_not_called"),
    ("TypeError", "zeros() got an unexpected keyword argument 'require_grad'", "err.requires_grad_typo"),
    ("TypeError", "tensor() got an unexpected keyword argument 'requires_grads'", "err.requires_grad_typo"),
    # the embedded engine's own: what it lacks, as an attribute or as a raised NotImplementedError
    ("AttributeError", "module 'torch.nn' has no attribute 'Fold'\ntorch.nn.Fold exists in real PyTorch but not "
                       "in the embedded engine; `--backend torch` runs it", "err.missing_in_engine"),
    ("NotImplementedError", "exp of complex tensors is not available in the embedded engine yet; "
                            "`--backend torch` runs it", "err.missing_in_engine"),
    ("NotImplementedError", "torch.fft: a real FFT of 10 points in float32 is not in the embedded engine, which "
                            "computes only the transforms whose order of operations in PyTorch's MKL it has "
                            "recovered, bit for bit (docs/parity-fft.md); `--backend torch` runs it",
     "err.missing_in_engine"),
    ("NotImplementedError", "sum of a quantized tensor exists in real PyTorch but not in the embedded engine; "
                            "`--backend torch` runs it", "err.missing_in_engine"),
]


def test_a_keyword_other_than_a_misspelt_requires_grad_is_not_explained_as_one() -> None:
    assert i18n.error_key("TypeError", "zeros() got an unexpected keyword argument 'requires_grad'") is None
    assert i18n.error_key("TypeError", "f() got an unexpected keyword argument 'grad'") is None


@pytest.mark.parametrize("exc_type,message,key", KNOWN_ERRORS)
def test_known_errors_are_explained_in_both_languages(exc_type: str, message: str, key: str) -> None:
    assert i18n.error_key(exc_type, message) == key
    tr, en = i18n.explain_error(exc_type, message, "tr"), i18n.explain_error(exc_type, message, "en")
    assert tr and en and tr != en


def test_unknown_errors_are_left_alone() -> None:
    assert i18n.explain_error("ZeroDivisionError", "division by zero", "tr") is None
    assert i18n.explain_error("ValueError", "grad can be implicitly created only for scalar "
                                            "outputs", "en") is None  # type must match too


def test_strings_are_plain_text() -> None:
    _import_ui_modules()
    # The renderer shows catalogue strings verbatim: Markdown backticks would show as is.
    assert not [k for k, f in i18n.MESSAGES.items() if "`" in f["tr"] + f["en"]]


ASCII_STAND_INS = ("diger", "degil", "icin", "ogren", "calis", "cikis", "yardim ", "dogru",
                   "gorev", "basla", "sifirla", "turkce", "gecmis", "cozum", "dersin icinde")


def test_turkish_uses_turkish_letters() -> None:
    _import_ui_modules()
    for key, forms in i18n.MESSAGES.items():
        lowered = forms["tr"].lower()
        assert not [w for w in ASCII_STAND_INS if w in lowered], (key, forms["tr"])


def test_a_pytorch_name_the_engine_lacks_is_explained_in_both_languages():
    import autograd_tui.engine as torch  # the engine's own message, not a typed copy

    with pytest.raises(AttributeError) as caught:
        torch.nn.CrossMapLRN2d()
    message = str(caught.value)
    assert message.startswith("module 'torch.nn' has no attribute 'CrossMapLRN2d'")
    for lang in ("en", "tr"):
        assert "--backend torch" in i18n.explain_error("AttributeError", message, lang)
    assert i18n.explain_error("AttributeError", "module 'torch.nn' has no attribute 'Foo'", "en") is None


def test_torch_not_imported_is_explained_in_both_languages():
    from autograd_tui import i18n
    for name in ("torch", "nn", "F", "optim"):
        for lang in ("tr", "en"):
            assert "import torch" in i18n.explain_error("NameError", f"name '{name}' is not defined", lang)
    assert i18n.explain_error("NameError", "name 'x' is not defined", "en") is None


@pytest.mark.parametrize("word, particle", [
    ("ipucu", "mu"), ("kontrol", "mu"), ("atla", "mı"), ("yardım", "mı"), ("ileri", "mi"), ("geri", "mi"),
    ("çözüm", "mü"), ("menü", "mü"), ("geri-yayılım", "mı"), ("demo", "mu"), ("repl", "mi")])
def test_turkish_question_particle_follows_vowel_harmony(word, particle) -> None:
    assert i18n.question_particle(word) == particle


def test_did_you_mean_in_turkish_uses_the_particle_of_the_command(capsys) -> None:
    # ":ipucu mi demek istedin?" was wrong Turkish: the particle follows the last vowel
    from tutor_support import make_shell

    from autograd_tui.cli import main as cli_main
    from autograd_tui.tutor.sandbox import SandboxController, sandbox_namespace

    shell, out = make_shell([":ipcu", ":cözm", ":atl", ":yardm"], lang="tr")
    shell.prepare_namespace(sandbox_namespace)
    shell.loop(SandboxController(shell, banner=False))
    text = out.getvalue()
    for said in (":ipucu mu demek", ":çözüm mü demek", ":atla mı demek", ":yardım mı demek"):
        assert said in text
    assert " mi demek" not in text
    with pytest.raises(SystemExit):
        cli_main(["--lang", "tr", "demp"])
    assert "demo mu demek istedin?" in capsys.readouterr().err
