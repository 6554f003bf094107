"""The arguments of PyTorch's C-type constructors (``torch.device``, ``torch.finfo``,
``torch.iinfo``, ``torch.Generator``) as PyTorch's argument parser reads them, with its errors.

The common calls are read here directly; anything else goes to the engine's copy of the parser
(``functions/parser.py``, loaded only then), so that ``torch.device('cpu', 0, 1)`` or
``torch.finfo(1)`` get the parser's own words instead of Python's about ``__init__``.
"""
from __future__ import annotations

import importlib
import re
from typing import Any

import numpy as np

DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga",
                "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone")
_DEVICE_STRING = re.compile(r"([a-zA-Z_]+)(?::([1-9][0-9]*|0))?")
_DEVICE_SIGNATURES = ("(torch.device device)", "(str type, int? index = -1)")
_INFO_SIGNATURES = {"finfo": ("(torch.dtype type)", "()"), "iinfo": ("(torch.dtype type)",)}


def _refused(name: str, signatures: tuple[str, ...], args: tuple, kwargs: dict) -> TypeError:
    # (loaded on a refused call only: the parser module imports the tensor module, which imports this one)
    parser = importlib.import_module("autograd_tui.engine.functions.parser")
    error = parser.parser_error(name, signatures, args, kwargs)
    return error if error is not None else TypeError(f"{name}() received an invalid combination of arguments")


def _is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def device_arguments(device_class: Any, args: tuple, kwargs: dict) -> tuple[str, int | None]:
    """``torch.device(*args, **kwargs)``'s type and index, or PyTorch's error."""
    if len(args) + len(kwargs) == 1 and (args or "device" in kwargs):
        value: Any = args[0] if args else kwargs["device"]
        if isinstance(value, device_class):
            return value.type, value.index
        if _is_int(value):  # an accelerator's index: there is none
            if value < 0:
                raise RuntimeError("Device index must not be negative")
            raise RuntimeError("Cannot access accelerator device when none is available.")
        if isinstance(value, str):
            return parse_device_string(value, None)
        raise _refused("device", _DEVICE_SIGNATURES, args, kwargs)
    given = dict(zip(("type", "index"), args), **kwargs) if len(args) <= 2 else None
    if given is None or len(args) + len(kwargs) != len(given) or not set(given) <= {"type", "index"} \
            or not isinstance(given.get("type"), str) or not (given.get("index") is None or _is_int(given["index"])):
        raise _refused("device", _DEVICE_SIGNATURES, args, kwargs)
    return parse_device_string(given["type"], given.get("index"))


def parse_device_string(text: str, index: int | None) -> tuple[str, int | None]:
    """A device string's type and index (PyTorch's grammar: letters or underscores, then optionally
    ':' and an index without leading zeros; anything else is invalid before its type is looked at)."""
    if not text:
        raise RuntimeError("Device string must not be empty")
    parsed = _DEVICE_STRING.fullmatch(text)
    if parsed is None:
        raise RuntimeError(f"Invalid device string: '{text}'")
    kind, number = parsed.group(1), parsed.group(2)
    if kind not in DEVICE_TYPES:
        raise RuntimeError(f"Expected one of {', '.join(DEVICE_TYPES)} device type at start of device "
                           f"string: {kind}")
    if number and index is not None:
        raise RuntimeError(f"type (string) must not include an index because index was passed explicitly: {text}")
    if number:
        index = int(number)
    if index is not None and index < 0:
        raise RuntimeError("Device index must not be negative")
    return kind, None if index is None else int(index)


def info_argument(name: str, dtype_class: type, args: tuple, kwargs: dict) -> Any:
    """The dtype ``torch.finfo``/``torch.iinfo`` (``name``) was given (None: finfo's default), or the
    parser's error. Python's ``float``, ``int``, ``bool`` and ``complex`` stand for their dtypes."""
    value = args[0] if len(args) == 1 and not kwargs else kwargs.get("type") if not args and len(kwargs) == 1 \
        else None
    if isinstance(value, dtype_class) or value in (float, int, bool, complex):
        return value
    if name == "finfo" and not args and not kwargs:
        return None
    raise _refused(name, _INFO_SIGNATURES[name], args, kwargs)


def generator_device(device_class: type, args: tuple, kwargs: dict) -> None:
    """Check ``torch.Generator(device=...)``'s argument: the CPU (or None); another device's errors."""
    if len(args) > 1:
        raise TypeError(f"Generator() takes from 0 to 1 positional arguments but {len(args)} were given")
    for key in kwargs:
        if key != "device":
            raise TypeError(f"Generator() got an unexpected keyword argument '{key}'")
    if args and kwargs:
        raise TypeError("Generator() got multiple values for argument 'device'")
    value = args[0] if args else kwargs.get("device")
    if value is None:
        return
    if not isinstance(value, (device_class, str)) and not _is_int(value):
        where = " (position 1)" if args else ""
        common = importlib.import_module("autograd_tui.engine.functions._common")  # (as in _refused)
        raise TypeError(f"Generator(): argument 'device'{where} must be torch.device, not {common._type_name(value)}")
    kind = device_class(value).type
    if kind == "cuda":
        raise RuntimeError(_NO_CUDA_GENERATOR)
    if kind != "cpu":
        raise RuntimeError(f"{kind.upper()} device type not an accelerator.")


_NO_CUDA_GENERATOR = (
    "Cannot get CUDA generator without ATen_cuda library. PyTorch splits its backend into two shared libraries: a "
    "CPU library and a CUDA library; this error has occurred because you are trying to use some CUDA functionality, "
    "but the CUDA library has not been loaded by the dynamic linker for some reason.  The CUDA library MUST be "
    "loaded, EVEN IF you don't directly use any symbols from the CUDA library! One common culprit is a lack of "
    "-Wl,--no-as-needed in your link arguments; many dynamic linkers will delete dynamic library dependencies if "
    "you don't depend on any of their symbols.  You can check if this has occurred by using ldd on your binary to "
    "see if there is a dependency on *_cuda.so library.")
