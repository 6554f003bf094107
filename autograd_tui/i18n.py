"""Every UI string in Turkish and English, and the explanations of known autograd errors.

Strings are plain text with ``str.format`` fields; the renderer decides style, so a lesson title
containing ``[`` can never be taken for rich markup. Add a key in both languages or
``tests/test_i18n.py`` fails. Other modules add their strings with :func:`add_messages`.

Kept free of imports beyond ``re`` and :mod:`settings` so that anything may use it cheaply.
"""
from __future__ import annotations

import contextlib
import re
from typing import Any, Iterator, Mapping

from autograd_tui.settings import LANGS
from autograd_tui.catalogue import tutor as _tutor
from autograd_tui.catalogue import lesson_flow as _lesson_flow
from autograd_tui.catalogue import drawings as _drawings
from autograd_tui.catalogue import errors as _errors
from autograd_tui.catalogue import why as _why
from autograd_tui.catalogue import commands as _commands
from autograd_tui.catalogue import lesson_problems as _lesson_problems

MESSAGES: dict[str, dict[str, str]] = {
    **_tutor.MESSAGES,
    **_lesson_flow.MESSAGES,
    **_drawings.MESSAGES,
    **_errors.MESSAGES,
    **_why.MESSAGES,
    **_commands.MESSAGES,
    **_lesson_problems.MESSAGES,
}

# (exception type name or None for any, regex on the message, catalogue key). First match wins.
# Compiled on first use: start-up should not pay for errors that may never happen.
ERROR_PATTERNS: list[tuple[str | None, str, str]] = [
    ("RuntimeError", r"does not require grad and does not have a grad_fn",
     "err.no_grad_graph"),
    ("RuntimeError", r"grad can be implicitly created only for (real )?scalar outputs",
     "err.implicit_scalar"),
    ("RuntimeError", r"backward through the graph a second time", "err.backward_twice"),
    ("TypeError", r"^gradients can be either Tensors or None, but got", "err.gradient_not_tensor"),
    ("RuntimeError", r"leaf Variable that requires grad is being used in an in-place",
     "err.inplace_leaf"),
    ("RuntimeError", r"modified by an inplace operation", "err.inplace_saved"),
    ("RuntimeError", r"Mismatch in shape: grad_output\[\d+\] has a shape",
     "err.shape_grad"),
    ("RuntimeError", r"The size of tensor a \(\d+\) must match the size of tensor b",
     "err.shape_broadcast"),
    ("RuntimeError", r"shapes cannot be multiplied|size mismatch, got",
     "err.shape_matmul"),
    ("RuntimeError", r"shape '\[.*\]' is invalid for input of size", "err.shape_view"),
    ("RuntimeError", r"Can't call numpy\(\) on Tensor that requires grad",
     "err.numpy_requires_grad"),
    ("RuntimeError", (r"Only Tensors of floating point( and complex)? dtype can require "
                      r"gradients"), "err.int_requires_grad"),
    ("TypeError", r"unexpected keyword argument '(?!requires_grad')req\w*_?grad\w*'", "err.requires_grad_typo"),
    ("RuntimeError", r"you can only change requires_grad flags of leaf variables",
     "err.nonleaf_requires_grad"),
    ("RuntimeError", (r"expected (m1 and m2 to have the same dtype|scalar type \w+ but "
                      r"found)|Found dtype \w+ but expected"), "err.dtype_mismatch"),
    ("AttributeError", r"'NoneType' object has no attribute", "err.grad_none_attr"),
    ("TypeError", r"^'(builtin_function_or_method|method)' object is not subscriptable",
     "err.method_not_called"),
    ("TypeError", r"unsupported operand type\(s\) for .*'NoneType'",
     "err.grad_none_attr"),
    ("TypeError", r"^'method' object is not iterable", "err.method_not_iterable"),
    ("TypeError", r"^'torch\.Size' object is not callable", "err.shape_called"),
    ("TypeError", r"^'bool' object is not callable", "err.flag_called"),
    ("TypeError", r"^'(NoneType|Tensor)' object is not callable", "err.attribute_called"),
    ("RuntimeError", r"a Tensor with \d+ elements cannot be converted to Scalar", "err.item_many"),
    ("ValueError", r"^only one element tensors can be converted to Python scalars", "err.item_many"),
    ("RuntimeError", r"Boolean value of Tensor with more than one value is ambiguous", "err.bool_ambiguous"),
    ("RuntimeError", r"One of the differentiated Tensors does not require grad", "err.grad_input_no_grad"),
    ("ValueError", r"^optimizer got an empty parameter list", "err.empty_parameters"),
    ("RuntimeError", r"view size is not compatible with input tensor's size and stride", "err.view_not_contiguous"),
    ("RuntimeError", r"expected target dtype to be Long", "err.target_dtype"),
    ("IndentationError", r"^unindent does not match any outer indentation level", "err.unindent"),
    ("IndentationError", r"^unexpected indent", "err.unexpected_indent"),
    ("TabError", r"^inconsistent use of tabs and spaces", "err.tabs_and_spaces"),
    ("RuntimeError", r"DefaultCPUAllocator: can't allocate memory", "err.out_of_memory"),
    ("MemoryError", r"", "err.out_of_memory"),
    ("_ArrayMemoryError", r"", "err.out_of_memory"),   # numpy's MemoryError, e.g. x + 1 on a huge x
    ("RecursionError", r"maximum recursion depth", "err.recursion"),
    ("NameError", r"^name '(torch|nn|F|optim)' is not defined", "err.torch_not_imported"),
    ("AttributeError", r"exists in real PyTorch but not in the embedded engine", "err.missing_in_engine"),
    # every refusal of the engine ends in its --backend torch line (fft sizes, sparse, quantized, ...)
    ("NotImplementedError", r"(not available in|not in) the embedded engine[\s\S]*`--backend torch`",
     "err.missing_in_engine"),
]


# PyTorch's warnings a learner meets often: (regex on what the code printed, catalogue key)
WARNING_PATTERNS: list[tuple[str, str]] = [
    (r"UserWarning: The \.grad attribute of a Tensor that is not a leaf Tensor is being accessed",
     "warn.nonleaf_grad"),
]


def warning_keys(printed: str) -> list[str]:
    """The catalogue keys explaining the known warnings in ``printed`` (a run's output)."""
    if "Warning" not in printed:
        return []
    return [key for pattern, key in WARNING_PATTERNS if re.search(pattern, printed)]


def add_messages(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Let another module add its strings; each needs both languages."""
    for key, forms in messages.items():
        missing = [lang for lang in LANGS if not forms.get(lang)]
        if missing:
            raise ValueError(f"message {key!r} lacks {', '.join(missing)}")
        MESSAGES[key] = dict(forms)


def question_particle(word: str) -> str:
    """Turkish's question particle after ``word`` by vowel harmony: ``:ipucu mu``, ``:atla mı``,
    ``:ileri mi``, ``:çözüm mü`` (a fixed "mi" read ":ipucu mi", which is wrong)."""
    for letter in reversed(word.lower()):
        if letter in "aı":
            return "mı"
        if letter in "ei":
            return "mi"
        if letter in "ou":
            return "mu"
        if letter in "öü":
            return "mü"
    return "mi"


class Word(str):
    """A word that a Turkish string may follow with its question particle: ``{name:mi}`` gives
    ``ipucu mu``, while ``{name}`` (the English side) gives the word alone."""

    def __format__(self, spec: str) -> str:
        if spec == "mi":
            return f"{self} {question_particle(self)}"
        return str.__format__(str(self), spec)


def labels(prefix: str, lang: str) -> dict[str, str]:
    """Every string under ``prefix.`` in ``lang``, unformatted, keyed by the rest of its key."""
    return {key[len(prefix) + 1:]: t(key, lang) for key in MESSAGES if key.startswith(prefix + ".")}


def t(key: str, lang: str, /, **kwargs: Any) -> str:
    """The string for ``key`` in ``lang``, formatted. Never raises: a UI must not crash on text."""
    forms = MESSAGES.get(key)
    if forms is None:
        return key
    text = forms.get(lang) or forms.get("en") or key
    if not kwargs:
        return text
    try:
        return text.format(**kwargs)
    except (KeyError, IndexError, ValueError):
        return text


class _Ambient:
    """The language of drawings that code asks for without ``lang=``: the lesson's."""

    lang = "en"
    reads = 0     # how often it was asked for: tells a recording which steps speak


_ambient = _Ambient()


def ambient_language() -> str:
    """The language lesson and learner code speaks when it draws (``viz.show_graph(z)``).

    Whoever runs that code sets it (:func:`speaking`): the tutor the learner's language, a
    lesson run (check, recording, transcripts) the language it runs in. English otherwise.
    """
    _ambient.reads += 1
    return _ambient.lang


def ambient_reads() -> int:
    """How many times :func:`ambient_language` has been asked so far."""
    return _ambient.reads


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Run the body with ``lang`` as the language of drawings, restoring the previous one."""
    previous = _ambient.lang
    _ambient.lang = lang if lang in LANGS else "en"
    try:
        yield
    finally:
        _ambient.lang = previous


def set_ambient_language(lang: str) -> None:
    """Set the language of drawings for good (a session that speaks one language throughout)."""
    _ambient.lang = lang if lang in LANGS else "en"


def explain_error(exc_type: str, message: str, lang: str) -> str | None:
    """A short explanation of a known autograd error in the learner's language, or None."""
    key = error_key(exc_type, message)
    if key == "err.out_of_memory":
        size = _requested_size(message or "")
        if size:
            return t("err.out_of_memory_size", lang, size=size)
    return t(key, lang) if key else None


def _requested_size(message: str) -> str | None:
    """The size an allocation asked for, as the error says it (PyTorch: bytes; numpy: '74.5 TiB')."""
    found = re.search(r"allocate (\d+) bytes", message)
    if found:
        amount = float(found.group(1))
        for unit in ("bytes", "kB", "MB", "GB", "TB", "PB", "EB"):
            if amount < 1000 or unit == "EB":
                return f"{amount:.0f} {unit}" if unit == "bytes" else f"{amount:.3g} {unit}"
            amount /= 1000
    found = re.search(r"[Uu]nable to allocate (\d+(?:\.\d+)? [KMGTPE]?i?B)", message)
    return found.group(1) if found else None


_compiled: list[tuple[str | None, re.Pattern[str], str]] = []


def error_key(exc_type: str, message: str) -> str | None:
    """The catalogue key explaining this error, or None."""
    if len(_compiled) != len(ERROR_PATTERNS):
        _compiled[:] = [(t, re.compile(p), k) for t, p, k in ERROR_PATTERNS]
    for type_name, pattern, key in _compiled:
        if type_name is not None and type_name != exc_type:
            continue
        if pattern.search(message or ""):
            return key
    return None
