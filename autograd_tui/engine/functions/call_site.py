"""How the learner's code called a Tensor method, as Python's messages about a C method tell it.

CPython calls ``x.abs(1)`` through the class's method descriptor (``TensorBase.abs() takes no
arguments``) but ``f = x.abs; f(1)`` through the bound builtin method it made (``Tensor.abs() takes
no arguments``). The engine's methods are reached the same way in both cases, so on an error (and
only then) the call in progress in the learner's frame is read: was its callable pushed by
``LOAD_METHOD`` (Python 3.11; ``LOAD_ATTR`` with its method bit from 3.12 on)?
"""
from __future__ import annotations

import dis
import sys
from types import FrameType

_ENGINE = "autograd_tui.engine"
_SKIPPED_BEFORE_CALL = frozenset(("PRECALL", "KW_NAMES", "CACHE"))


def _learner_frame() -> FrameType | None:
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith(_ENGINE):
        frame = frame.f_back
    return frame


def through_bound_method() -> bool:
    """Whether the learner's call in progress called a bound method object (``f = x.abs; f(1)``,
    ``getattr(x, 'abs')(1)``, ``x.abs(*args)``) rather than a method looked up for the call (``x.abs(1)``)."""
    frame = _learner_frame()
    if frame is None:
        return False
    instructions = [i for i in dis.get_instructions(frame.f_code) if i.opname != "CACHE"]
    at = next((k for k, i in enumerate(instructions) if i.offset == frame.f_lasti), None)
    if at is None:
        return False
    call = instructions[at]
    if call.opname == "CALL_FUNCTION_EX":
        return True  # (CPython makes the bound method for a call with *args)
    if not call.opname.startswith("CALL") or not isinstance(call.arg, int):
        return False
    remaining, k = call.arg, at - 1  # the arguments: the instructions that pushed that many values
    while k >= 0 and instructions[k].opname in _SKIPPED_BEFORE_CALL:
        k -= 1
    while k >= 0 and remaining > 0:
        instruction = instructions[k]
        try:
            remaining -= dis.stack_effect(instruction.opcode, instruction.arg if instruction.opcode >= dis.HAVE_ARGUMENT
                                          else None, jump=False)
        except ValueError:
            return False
        k -= 1
    if k < 0 or remaining != 0:
        return False
    pushed_by = instructions[k]
    if pushed_by.opname == "LOAD_METHOD":
        return False
    if pushed_by.opname == "LOAD_ATTR" and sys.version_info >= (3, 12):
        return not (isinstance(pushed_by.arg, int) and pushed_by.arg & 1)
    return True
