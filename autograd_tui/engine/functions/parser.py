"""PyTorch's Python argument parser, for the errors it raises before an op runs.

An op checks its dims cheaply (``norm_dim`` refuses anything but an int, a numpy integer or an
integer 0-d tensor with ``ArgumentTypeError``); the public entry (``torch.*`` and the Tensor
methods, wrapped by ``parsed``) then asks this module what PyTorch's parser says about the call
as the learner wrote it: ``argument 'dim' (position 2) must be int, not tuple`` when one
signature could take that many arguments, else the list of signatures, ``received an invalid
combination of arguments``. Nothing here runs unless a call already failed.

A signature is written as PyTorch prints it, plus two marks its printing drops: ``[1]`` after
``tuple of ints`` (the list also takes a single int, ATen's ``int[1]``) and ``?`` after a type
(None is allowed although no default says so), and ``#`` after ``Tensor`` (a Python number is taken
too, as the parser's ``allow_numbers_as_tensors`` does for ``copy_``).
"""
from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from autograd_tui.engine import _tensor, dtypes
from autograd_tui.engine._tensor import Tensor, warn_once
from autograd_tui.engine.functions._common import (_argument_list, _type_name, check_number, cpp_map_order,
                                                   invalid_combination)
from autograd_tui.engine.functions import call_site
from autograd_tui.engine.functions.parser_more import MORE_SIGNATURES


@dataclass(frozen=True)
class _Param:
    name: str
    kind: str  # the printed type: "int", "tuple of ints", "Tensor", ...
    size: int  # for "tuple of ints": how many a single int stands for (0: a single int is refused)
    nullable: bool
    optional: bool
    keyword_only: bool
    numbers: bool = False  # a Tensor that also takes a Python number (the parser's allow_numbers_as_tensors)


def _slots(signature: str) -> list[str]:
    """A signature's parameters (a default such as ``[0,1]`` or ``{-2,-1}`` holds a comma)."""
    return [s.strip() for s in re.split(r",(?![^\[]*\])(?![^{]*})", signature[1:-1])]


@functools.lru_cache(maxsize=None)
def _params(signature: str) -> tuple[_Param, ...]:
    params, keyword_only = [], False
    for slot in _slots(signature):
        if not slot:
            continue
        if slot == "*":
            keyword_only = True
            continue
        head, _, default = slot.partition(" = ")
        kind, _, name = head.rpartition(" ")
        numbers = kind.endswith("#")
        kind = kind.rstrip("#")
        # a generator is `Generator?` in ATen's schemas, which PyTorch prints without the `?`
        nullable = kind.endswith("?") or default == "None" or kind == "torch.Generator"
        kind = kind.rstrip("?")
        size = 0
        if kind.endswith("]"):
            kind, _, count = kind[:-1].partition("[")
            size = int(count)
        params.append(_Param(name, kind, size, nullable, bool(default), keyword_only, numbers))
    return tuple(params)


# The ops whose Tensor parameters PyTorch's parser also fills with a Python number
# (its should_allow_numbers_as_tensors): x.add(1, alpah=2) fails at the keyword, not at the 1
_NUMBERS_AS_TENSORS = frozenset(
    f"{op}{suffix}" for op in ("add", "div", "divide", "mul", "multiply", "sub", "subtract", "true_divide",
                               "floor_divide") for suffix in ("", "_", "_out")) | {"to", "_to_copy", "copy_", "_conj"}


@functools.lru_cache(maxsize=None)
def _params_of(name: str, signature: str) -> tuple[_Param, ...]:
    """``signature``'s parameters as the parser reads them for the op ``name``."""
    params = _params(signature)
    if name not in _NUMBERS_AS_TENSORS:
        return params
    return tuple(dataclasses.replace(p, numbers=True) if p.kind == "Tensor" else p for p in params)


@functools.lru_cache(maxsize=None)
def printed(signature: str) -> str:
    """The signature as PyTorch prints it (without the marks)."""
    parts = []
    for slot in _slots(signature):
        head, eq, default = slot.partition(" = ")
        kind, space, name = head.rpartition(" ")
        kind = kind.rstrip("#?").split("[")[0]
        parts.append(f"{kind}{space}{name}{eq}{default}" if space else slot)
    return "(" + ", ".join(p for p in parts if p) + ")"


def _is_int(value) -> bool:
    if value.__class__ is int or isinstance(value, np.integer):
        return True
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, Tensor) and value.ndim == 0 and not value.dtype.is_floating_point
        and value.dtype is not dtypes.bool_ and not value.requires_grad)


def _is_index(value) -> bool:
    """An element of an int list: anything with ``__index__`` but a bool."""
    if isinstance(value, (bool, np.bool_)):
        return False
    try:
        value.__index__()
    except (AttributeError, TypeError):
        return False
    return True


def _fits(param: _Param, value) -> tuple[bool, int]:
    """Whether ``value`` passes the parser's check for ``param``; for a list, the position of the
    element that failed (-1 if none)."""
    kind = param.kind
    if kind == "int":
        return _is_int(value), -1
    if kind == "tuple of ints":
        if isinstance(value, (tuple, list)):
            ok = not value or _is_index(value[0])  # the parser looks at the first element only
            return ok, -1 if ok else 0
        return param.size > 0 and _is_index(value), -1
    if kind == "Tensor":
        return isinstance(value, Tensor) or param.numbers and isinstance(value, (int, float, complex, np.number)), -1
    if kind == "bool":  # a Python bool only: PyTorch 2.13's parser refuses numpy.bool
        return isinstance(value, bool), -1
    if kind == "torch.dtype":  # Python's float, int, bool and complex: float64, int64, bool, complex128
        return isinstance(value, dtypes.dtype) or value in (float, int, bool, complex), -1
    if kind == "str":
        return isinstance(value, str), -1
    if kind in ("Number", "float"):
        return isinstance(value, (int, float, np.number, np.bool_)) \
            or (kind == "Number" and isinstance(value, complex)) \
            or (isinstance(value, Tensor) and value.ndim == 0 and not value.requires_grad), -1
    if kind == "torch.device":  # a device, its name or an accelerator's index
        return isinstance(value, (_tensor.device, str)) or _is_int(value), -1
    if kind == "torch.Generator":
        return type(value).__name__ == "Generator", -1
    if kind == "tuple of Tensors":
        return isinstance(value, (tuple, list)), -1
    return True, -1


def _parse(name: str, params: tuple[_Param, ...], args: tuple, kwargs: dict, raising: bool) -> TypeError | None:
    """One signature's parse (``FunctionSignature::parse``): None when it takes the call, else its
    error when ``raising`` (any TypeError otherwise)."""
    positional = sum(not p.keyword_only for p in params)
    required = sum(not p.optional for p in params)
    varargs = positional == 1 and params[0].kind == "tuple of ints"  # x.permute(1, 0), x.flip(0, 1)
    failed = TypeError()
    if len(args) > positional and not varargs:
        return _extra_args(name, required, positional, len(args)) if raising else failed
    position, used = 0, 0
    for k, param in enumerate(params):
        keyword = position >= len(args)
        if not keyword:
            if param.keyword_only:
                return _extra_args(name, required, positional, len(args)) if raising else failed
            value = args[position]
        else:
            value = kwargs.get(param.name, _ABSENT)
            for alias in NUMPY_NAMES.get(param.name, ()):
                if value is not _ABSENT:
                    break
                value = kwargs.get(alias, _ABSENT)
        if (value is _ABSENT and param.optional) or (value is None and param.nullable):
            pass
        elif value is _ABSENT:
            if not raising:
                return failed
            missing = [f'"{p.name}"' for p in params[k:] if not p.optional]
            return TypeError(f"{name}() missing {len(missing)} required positional argument"
                             f"{'s' if len(missing) == 1 else ''}: {', '.join(missing)}")
        else:
            ok, at = _fits(param, value)
            if not ok and not keyword and varargs and position == 0:
                if _is_index(value):
                    position = len(args)  # every positional argument is the list (its first element
                    continue  # checked); the keywords are still checked
                if len(args) > positional:
                    return _extra_args(name, required, positional, len(args)) if raising else failed
            if not ok:
                if not raising:
                    return failed
                must = f"{name}(): argument '{param.name}'"
                if keyword:
                    return TypeError(f"{must} must be {param.kind}, not {_type_name(value)}")
                if at >= 0:
                    return TypeError(f"{must} (position {position + 1}) must be {param.kind}, but found element of "
                                     f"type {_type_name(value[at])} at pos {at}")
                return TypeError(f"{must} (position {position + 1}) must be {param.kind}, not {_type_name(value)}")
        if keyword:
            used += value is not _ABSENT
        else:
            position += 1
    if position < len(args):  # x.permute((1, 0), 1): the list, then one too many
        return _extra_args(name, required, positional, len(args)) if raising else failed
    if used < len(kwargs):
        if not raising:
            return failed
        names = [p.name for p in params]
        for key in kwargs:
            if key not in names:
                return TypeError(f"{name}() got an unexpected keyword argument '{key}'")
            if names.index(key) < len(args):
                return TypeError(f"{name}() got multiple values for argument '{key}'")
    return None


_ABSENT = object()
# The parser's other names for a parameter (NumPy's), looked up when its own is absent. A leftover keyword is
# named by the first key that is no parameter's own name: ``torch.cat(xs, axis=0, foo=1)`` names axis.
NUMPY_NAMES = {"dim": ("axis",), "keepdim": ("keepdims",), "input": ("x", "a", "x1"), "other": ("x2",)}


def _extra_args(name: str, required: int, positional: int, given: int) -> TypeError:
    if required != positional:
        return TypeError(f"{name}() takes from {required} to {positional} positional arguments but {given} were given")
    return TypeError(f"{name}() takes {positional} positional argument{'' if positional == 1 else 's'} but "
                     f"{given} {'was' if given == 1 else 'were'} given")


def _unpack_error(name: str, params: tuple[_Param, ...], args: tuple, kwargs: dict) -> TypeError | None:
    """A list whose first element passed the parser is read whole when the op runs: a later element
    that is no int fails there."""
    if len(params) == 1 and params[0].kind == "tuple of ints" and args and not isinstance(args[0], (tuple, list)):
        args = (args,)  # x.permute(1, 0): the positional arguments are the list
    for k, param in enumerate(params):
        value = args[k] if k < len(args) else kwargs.get(param.name)
        if param.kind == "tuple of ints" and isinstance(value, (tuple, list)):
            for pos, item in enumerate(value):  # (the parser took the list: a later bool is an int)
                if not (_is_index(item) or pos > 0 and isinstance(item, (bool, np.bool_))):
                    return TypeError(f"{name}(): argument '{param.name}' failed to unpack the object at pos "
                                     f"{pos + 1} with error \"type must be tuple of ints,but got {_type_name(item)}\"")
    return None


def parser_error(name: str, signatures: tuple[str, ...], args: tuple, kwargs: dict, *,
                 hidden: bool = False) -> TypeError | None:
    """PyTorch's TypeError for a call of ``name`` none of ``signatures`` takes; None if one does.
    ``hidden``: the parser also holds signatures it never prints (deprecated overloads)."""
    parsed = [_params_of(name, s) for s in signatures]
    for params in parsed:
        if _parse(name, params, args, kwargs, raising=False) is None:
            return _unpack_error(name, params, args, kwargs)
    if len(parsed) == 1 and not hidden:
        return _parse(name, parsed[0], args, kwargs, raising=True)
    given = len(args) + len(kwargs)
    plausible = [p for p in parsed if sum(not q.optional for q in p) <= given <= len(p)]
    if len(plausible) == 1:
        error = _parse(name, plausible[0], args, kwargs, raising=True)
        if error is not None:
            return error
    if len(parsed) == 1:
        return _one_shown(name, signatures[0], parsed[0], args, kwargs)
    return invalid_combination(name, args, kwargs, tuple(printed(s) for s in signatures))


def _one_shown(name: str, signature: str, params: tuple[_Param, ...], args: tuple, kwargs: dict) -> TypeError:
    """The parser's words when the one signature it prints (beside hidden ones) refuses the call."""
    head = f"{name}() received an invalid combination of arguments - got "
    unknown = [key for key in cpp_map_order(list(kwargs)) if key not in {p.name for p in params}]
    if unknown:
        return TypeError(head + "unrecognized keyword arguments: " + ", ".join(unknown))
    keys = cpp_map_order(list(kwargs))
    got = _argument_list([_type_name(a) for a in args] + [f"{k}={_type_name(kwargs[k])}" for k in keys],
                         not args and bool(kwargs))
    # as many arguments as the signature has slots: the listing's marks of the ones that do not fit
    listed = str(invalid_combination(name, args, kwargs, (printed(signature),)))
    marked = listed.partition("some of the arguments have invalid types: (")[2]
    return TypeError(f"{head}({marked[:-2] if marked else got}), but expected {printed(signature)}")


# Python's own words when a call does not bind to the engine function's parameters
BINDING_ERROR = re.compile(r"\(\) (got an unexpected keyword argument|missing \d+ required|takes \d+ positional|"
                            r"takes from \d+ to \d+ positional|got multiple values|takes no arguments)")


# the table's marks of a builtin bound without the parser (Tensor.sin, torch.from_numpy), before its printed name
NO_ARGUMENTS, ONE_ARGUMENT = "no arguments", "one argument"


@functools.lru_cache(maxsize=None)
def _recorded(namespace: str) -> dict[str, tuple[tuple[str, ...], bool]]:
    """The signatures PyTorch's parser holds for the builtins of ``torch`` or ``torch.nn.functional``, or
    for the Tensor ``methods`` (recorded by ``tools/record_parser_signatures.py``): name -> (printed
    signatures, hidden ones too)."""
    with open(__file__.rsplit("/", 1)[0] + "/parser_signatures.json", encoding="utf-8") as file:
        table = json.load(file)[namespace]
    return {name: (tuple(s for s in listed if s != "hidden"), "hidden" in listed) for name, listed in table.items()}


def binding_error(name: str, raised: TypeError, args: tuple, kwargs: dict,
                  namespace: str = "torch") -> TypeError | None:
    """PyTorch's parser error for a call of the builtin ``name`` that Python could not bind to the
    engine's function (a mistyped keyword, a missing argument): ``raised``'s replacement, or None."""
    if not BINDING_ERROR.search(str(raised)):
        return None
    entry = _recorded(namespace).get(name)
    if entry is None:
        return None
    if entry[0][0] in (NO_ARGUMENTS, ONE_ARGUMENT):  # bound without the parser: Python's words for a builtin
        return _builtin_error(name, entry[0], args, kwargs, namespace)
    return parser_error(name, entry[0], args, kwargs, hidden=entry[1])


def _builtin_error(name: str, entry: tuple[str, ...], args: tuple, kwargs: dict, namespace: str) -> TypeError | None:
    """Python's error for a call of a builtin bound without the parser (``entry``), or None. A method
    called as ``x.dim(0)`` is named by its C class (``TensorBase.dim``; ``Tensor.dim`` through ``f = x.dim``)."""
    takes, shown = entry[0], entry[1]
    if namespace == "methods":
        shown = ("Tensor." if call_site.through_bound_method() else "TensorBase.") + name
    if kwargs:
        return TypeError(f"{shown}() takes no keyword arguments")
    if takes == ONE_ARGUMENT and len(args) != 1:
        return TypeError(f"{shown}() takes exactly one argument ({len(args)} given)")
    if takes == NO_ARGUMENTS and args:
        return TypeError(f"{shown}() takes no arguments ({len(args)} given)")
    return None


def with_parser_errors(namespace: dict[str, Any], recorded: str) -> None:
    """The builtins of ``namespace`` (``torch.nn.functional``'s, whose functions ``parsed`` does not
    wrap) report a call Python cannot bind as PyTorch's parser does (``binding_error``)."""
    for name in _recorded(recorded):
        function = namespace.get(name)
        if inspect.isfunction(function) and not getattr(function, "_parsed", False):
            namespace[name] = _binding_checked(function, name, recorded)


def _binding_checked(fn: Callable[..., Any], name: str, recorded: str) -> Callable[..., Any]:
    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TypeError as raised:
            error = binding_error(name, raised, args, kwargs, recorded)
            if error is None:
                raise
            raise error from None
    call._parsed = True  # type: ignore[attr-defined]
    return call


# torch.* signatures of the ops that take dims, as PyTorch 2.13 prints them (see the module's
# docstring for the marks). A method's are derived: ``input`` and ``out`` dropped. max, min and
# prod have their own parser errors (functions/reductions.py).
_DTYPE = "*, torch.dtype? dtype = None"
_REDUCE_DIM = "(Tensor input, tuple of ints[1]? dim, bool keepdim = False, {dtype}, Tensor out = None)"
_STATS = ("(Tensor input, tuple of ints[1]? dim, bool unbiased = True, bool keepdim = False, *, Tensor out = None)",
          "(Tensor input, tuple of ints[1]? dim = None, *, Number? correction = None, bool keepdim = False, "
          "Tensor out = None)",
          "(Tensor input, bool unbiased = True)")
_SORT = ("(Tensor input, *, bool? stable, int dim = -1, bool descending = False, tuple of Tensors out = None)",
         "(Tensor input, int dim = -1, bool descending = False, *, tuple of Tensors out = None)")
_MEDIAN = ("(Tensor input)", "(Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)")
_MOVEDIM = ("(Tensor input, int source, int destination)",
            "(Tensor input, tuple of ints source, tuple of ints destination)")
_SCATTER = ("(Tensor input, int dim, Tensor index, Tensor src, *, Tensor out = None)",
            "(Tensor input, int dim, Tensor index, Tensor src, *, str reduce, Tensor out = None)",
            "(Tensor input, int dim, Tensor index, Number value, *, Tensor out = None)",
            "(Tensor input, int dim, Tensor index, Number value, *, str reduce, Tensor out = None)")
_CUMULATIVE = ("(Tensor input, int dim, *, torch.dtype? dtype = None, Tensor out = None)",)
_SOFTMAX = ("(Tensor input, int dim, torch.dtype? dtype = None)",)
_ARGMAX = ("(Tensor input, int dim = None, bool keepdim = False, *, Tensor out = None)",)
_CUMMAX = ("(Tensor input, int dim, *, tuple of Tensors out = None)",)
_TRANSPOSE = ("(Tensor input, int dim0, int dim1)",)
_CAT = ("(tuple of Tensors tensors, int dim = 0, *, Tensor out = None)",)
_ALL = ("(Tensor input, *, Tensor out = None)",
        "(Tensor input, tuple of ints? dim = None, bool keepdim = False, *, Tensor out = None)",
        "(Tensor input, int dim, bool keepdim = False, *, Tensor out = None)")
_QUANTILE = ("(Tensor input, Tensor q, int? dim = None, bool keepdim = False, *, str interpolation = \"linear\", "
             "Tensor out = None)",
             "(Tensor input, float q, int? dim = None, bool keepdim = False, *, str interpolation = \"linear\", "
             "Tensor out = None)")
_TRAPEZOID = ("(Tensor y, Tensor x, *, int dim = -1)", "(Tensor y, *, Number dx = 1, int dim = -1)")
_TRIANGLE = ("(Tensor input, int diagonal = 0, *, Tensor out = None)",)
_TENSOR_PAIR = ("(Tensor input, Tensor other, *, Tensor out = None)",)
_SECTIONS = ("(Tensor input, int sections)", "(Tensor input, tuple of ints indices)")

# Factory functions (their dtype= refuses a numpy type or a string), fill and clamp (a str value).
_FACTORY = ("torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, "
            "bool? pin_memory = False, bool? requires_grad = False")
_RANDOM = (f"(tuple of ints size, *, torch.Generator generator, Tensor out = None, {_FACTORY})",
           f"(tuple of ints size, *, Tensor out = None, {_FACTORY})")
_RANDOM_LIKE = (f"(Tensor input, *, torch.Generator generator, torch.memory_format memory_format = None, {_FACTORY})",
                f"(Tensor input, *, torch.memory_format memory_format = None, {_FACTORY})")
_SPACED = tuple(f"({a} start, {b} end, int steps, {{base}}*, Tensor out = None, {_FACTORY})"
                for a, b in (("Tensor", "Tensor"), ("Number", "Tensor"), ("Tensor", "Number"), ("Number", "Number")))
_CLAMP = ("(Tensor input, Tensor? min = None, Tensor? max = None, *, Tensor out = None)",
          "(Tensor input, Number? min = None, Number? max = None, *, Tensor out = None)")
_FACTORIES: dict[str, tuple[str, ...]] = {
    "rand": _RANDOM, "randn": _RANDOM, "rand_like": _RANDOM_LIKE, "randn_like": _RANDOM_LIKE,
    "randint": tuple(f"({first}tuple of ints size, *, {gen}Tensor out = None, {_FACTORY})"
                     for first in ("int high, ", "int low, int high, ")
                     for gen in ("torch.Generator generator, ", "")),
    "randperm": (f"(int n, *, torch.Generator generator, Tensor out = None, {_FACTORY})",
                 f"(int n, *, Tensor out = None, {_FACTORY})"),
    "arange": (f"(Number end, *, Tensor out = None, {_FACTORY})", f"(Number start, Number end, *, {_FACTORY})",
               f"(Number start, Number end, Number step = 1, *, Tensor out = None, {_FACTORY})"),
    "linspace": tuple(s.format(base="") for s in _SPACED),
    "logspace": tuple(s.format(base="float base = 10.0, ") for s in _SPACED),
    "eye": (f"(int n, *, Tensor out = None, {_FACTORY})", f"(int n, int m, *, Tensor out = None, {_FACTORY})"),
    "normal": ("(Tensor mean, Tensor std, *, torch.Generator generator = None, Tensor out = None)",
               "(Tensor mean, float std = 1, *, torch.Generator generator = None, Tensor out = None)",
               "(float mean, Tensor std, *, torch.Generator generator = None, Tensor out = None)",
               "(float mean, float std, tuple of ints size, *, torch.Generator generator = None, Tensor out = None, "
               f"{_FACTORY})"),
    "full": (f"(tuple of ints size, Number fill_value, *, Tensor out = None, {_FACTORY})",),
    "empty_strided": (f"(tuple of ints size, tuple of ints stride, *, {_FACTORY})",),
    "new_empty_strided": (f"(Tensor input, tuple of ints size, tuple of ints stride, *, {_FACTORY})",),
    "full_like": (f"(Tensor input, Number fill_value, *, torch.memory_format memory_format = None, {_FACTORY})",),
    "fill": ("(Tensor input, Tensor value)", "(Tensor input, Number value)"),
    "round": ("(Tensor input, *, Tensor out = None)", "(Tensor input, *, int decimals, Tensor out = None)"),
    "clamp": _CLAMP, "clip": _CLAMP,
    **{f"{window}_window": tuple(f"(int window_length, {extra}*, {_FACTORY})" for extra in extras)
       for window, extras in (("hann", ("", "bool periodic, ")), ("blackman", ("", "bool periodic, ")),
                              ("bartlett", ("", "bool periodic, ")),
                              ("kaiser", ("", "bool periodic, ", "bool periodic, float beta, ")),
                              ("hamming", ("", "bool periodic, ", "bool periodic, float alpha, ",
                                           "bool periodic, float alpha, float beta, ")))},
}

FUNCTIONS: dict[str, tuple[str, ...]] = {
    **_FACTORIES,
    "cumsum": _CUMULATIVE, "cumprod": _CUMULATIVE,
    "renorm": ("(Tensor input, Number p, int dim, Number maxnorm, *, Tensor out = None)",),
    "softmax": _SOFTMAX, "log_softmax": _SOFTMAX,
    "argmax": _ARGMAX, "argmin": _ARGMAX,
    "unsqueeze": ("(Tensor input, int dim)",),
    "squeeze": ("(Tensor input)", "(Tensor input, int dim)", "(Tensor input, tuple of ints dim)"),
    "select": ("(Tensor input, int dim, int index)",),
    "topk": ("(Tensor input, int k, int dim = -1, bool largest = True, bool sorted = True, *, "
             "tuple of Tensors out = None)",),
    "sort": _SORT,
    "argsort": ("(Tensor input, *, bool stable, int dim = -1, bool descending = False, Tensor out = None)",
                "(Tensor input, int dim = -1, bool descending = False)"),
    "cat": _CAT, "concat": _CAT, "concatenate": _CAT, "stack": _CAT,
    **dict.fromkeys(("logical_and", "logical_or", "logical_xor"),
                    ("(Tensor input, Tensor other, *, Tensor out = None)",)),
    "isclose": ("(Tensor input, Tensor other, float rtol = 1e-05, float atol = 1e-08, bool equal_nan = False)",),
    **dict.fromkeys(("outer", "ger"), ("(Tensor input, Tensor vec2, *, Tensor out = None)",)),
    "chunk": ("(Tensor input, int chunks, int dim = 0)",),
    "split": ("(Tensor input, int split_size, int dim = 0)", "(Tensor input, tuple of ints split_size, int dim = 0)"),
    "unbind": ("(Tensor input, int dim = 0)",),
    "gather": ("(Tensor input, int dim, Tensor index, *, bool sparse_grad = False, Tensor out = None)",),
    "scatter": _SCATTER,
    "index_select": ("(Tensor input, int dim, Tensor index, *, Tensor out = None)",),
    "narrow": ("(Tensor input, int dim, Tensor start, int length)", "(Tensor input, int dim, int start, int length)"),
    "narrow_copy": ("(Tensor input, int dim, int start, int length, *, Tensor out = None)",),
    "transpose": _TRANSPOSE, "swapdims": _TRANSPOSE,
    "swapaxes": ("(Tensor input, int axis0, int axis1)",),
    "flatten": ("(Tensor input, int start_dim = 0, int end_dim = -1)",),
    "movedim": _MOVEDIM, "moveaxis": _MOVEDIM,
    "sum": ("(Tensor input, *, torch.dtype? dtype = None)", _REDUCE_DIM.format(dtype=_DTYPE)),
    "mean": ("(Tensor input, *, torch.dtype? dtype = None, Tensor out = None)", _REDUCE_DIM.format(dtype=_DTYPE)),
    "nansum": ("(Tensor input, tuple of ints[1]? dim = None, bool keepdim = False, *, torch.dtype? dtype = None, "
               "Tensor out = None)",),
    "amax": ("(Tensor input, tuple of ints[1]? dim = (), bool keepdim = False, *, Tensor out = None)",),
    "amin": ("(Tensor input, tuple of ints[1]? dim = (), bool keepdim = False, *, Tensor out = None)",),
    "logsumexp": ("(Tensor input, tuple of ints[1] dim, bool keepdim = False, *, Tensor out = None)",),
    "std": _STATS, "var": _STATS,
    "std_mean": tuple(s.replace(", *, Tensor out = None", "").replace(", Tensor out = None", "") for s in _STATS),
    "var_mean": tuple(s.replace(", *, Tensor out = None", "").replace(", Tensor out = None", "") for s in _STATS),
    "median": _MEDIAN, "nanmedian": _MEDIAN,
    "cummax": _CUMMAX, "cummin": _CUMMAX,
    "logcumsumexp": ("(Tensor input, int dim, *, Tensor out = None)",),
    "all": _ALL, "any": _ALL,
    "count_nonzero": ("(Tensor input, int? dim = None)", "(Tensor input, tuple of ints dim)"),
    "kthvalue": ("(Tensor input, int k, int dim = -1, bool keepdim = False, *, tuple of Tensors out = None)",),
    "mode": ("(Tensor input, int dim = -1, bool keepdim = False, *, tuple of Tensors out = None)",),
    "repeat_interleave": ("(Tensor input, Tensor repeats, int? dim = None, *, int? output_size = None)",
                          "(Tensor repeats, *, int? output_size = None)",
                          "(Tensor input, int repeats, int? dim = None, *, int? output_size = None)"),
    "roll": ("(Tensor input, tuple of ints[1] shifts, tuple of ints[1] dims = ())",),
    "flip": ("(Tensor input, tuple of ints dims)",),
    "permute": ("(Tensor input, tuple of ints dims)",),
    "diff": ("(Tensor input, int n = 1, int dim = -1, Tensor? prepend = None, Tensor? append = None, *, "
             "Tensor out = None)",),
    "tensor_split": ("(Tensor input, tuple of ints indices, int dim = 0)",
                     "(Tensor input, Tensor tensor_indices_or_sections, int dim = 0)",
                     "(Tensor input, int sections, int dim = 0)"),
    "index_add": ("(Tensor input, int dim, Tensor index, Tensor source, *, Number alpha = 1, Tensor out = None)",),
    "index_copy": ("(Tensor input, int dim, Tensor index, Tensor source, *, Tensor out = None)",),
    "index_reduce": ("(Tensor input, int dim, Tensor index, Tensor source, str reduce, *, bool include_self = True, "
                     "Tensor out = None)",),
    "index_fill": ("(Tensor input, int dim, Tensor index, Tensor value)", "(Tensor input, int dim, Tensor index, "
                   "Number value)"),
    "scatter_add": ("(Tensor input, int dim, Tensor index, Tensor src, *, Tensor out = None)",),
    "aminmax": ("(Tensor input, *, int? dim = None, bool keepdim = False, tuple of Tensors out = None)",),
    "take_along_dim": ("(Tensor input, Tensor indices, int? dim = None, *, Tensor out = None)",),
    "unflatten": ("(Tensor input, int dim, tuple of ints sizes)",),
    "split_with_sizes": ("(Tensor input, tuple of ints split_sizes, int dim = 0)",),
    "linalg_vector_norm": ("(Tensor input, Number ord = 2, tuple of ints[1]? dim = None, bool keepdim = False, *, "
                           "torch.dtype? dtype = None, Tensor out = None)",),
    "cosine_similarity": ("(Tensor x1, Tensor x2, int dim = 1, float eps = 1e-08)",),
    "scatter_reduce": ("(Tensor input, int dim, Tensor index, Tensor src, str reduce, *, bool include_self = True, "
                       "Tensor out = None)",),
    "cross": ("(Tensor input, Tensor other, int? dim = None, *, Tensor out = None)",),
    "unfold": ("(Tensor input, int dimension, int size, int step)",),
    "quantile": _QUANTILE, "nanquantile": _QUANTILE,
    "trapezoid": _TRAPEZOID, "cumulative_trapezoid": _TRAPEZOID,
    "trapz": ("(Tensor y, *, float dx = 1, int dim = -1)", "(Tensor y, Tensor x, *, int dim = -1)"),
    "nanmean": ("(Tensor input, tuple of ints[1]? dim = None, bool keepdim = False, *, torch.dtype? dtype = None, "
                "Tensor out = None)",),
    "hsplit": _SECTIONS, "vsplit": _SECTIONS, "dsplit": _SECTIONS,
    "rot90": ("(Tensor input, int k = 1, tuple of ints dims = [0,1])",),
    "unique_dim": ("(Tensor input, int dim, bool sorted = True, bool return_inverse = False, "
                   "bool return_counts = False)",),
    "glu": ("(Tensor input, int dim = -1)",),
    "channel_shuffle": ("(Tensor input, int groups)",),
    "diagonal": ("(Tensor input, int offset = 0, int dim1 = 0, int dim2 = 1)",),
    "diag_embed": ("(Tensor input, int offset = 0, int dim1 = -2, int dim2 = -1)",),
    "prod": ("(Tensor input, *, torch.dtype? dtype = None)",
             "(Tensor input, int dim, bool keepdim = False, *, torch.dtype? dtype = None, Tensor out = None)"),
    "svd": ("(Tensor input, bool some = True, bool compute_uv = True, *, tuple of Tensors out = None)",),
    "qr": ("(Tensor input, bool some = True, *, tuple of Tensors out = None)",),
    "tril": _TRIANGLE, "triu": _TRIANGLE,
    "mvlgamma": ("(Tensor input, int p, *, Tensor out = None)",),
    "histc": ("(Tensor input, int bins = 100, Number min = 0, Number max = 0, *, Tensor out = None)",),
    "gcd": _TENSOR_PAIR, "lcm": _TENSOR_PAIR,
    "nan_to_num": ("(Tensor input, float? nan = None, float? posinf = None, float? neginf = None, *, "
                   "Tensor out = None)",),
    "can_cast": ("(torch.dtype from_, torch.dtype to)",),
    "get_autocast_dtype": ("(str device_type)",),
    "is_autocast_enabled": ("(str device_type)", "()"),
    "isin": tuple(f"({a}, {b}, *, bool assume_unique = False, bool invert = False, Tensor out = None)"
                  for a, b in (("Tensor elements", "Tensor test_elements"), ("Number element", "Tensor test_elements"),
                               ("Tensor elements", "Number test_element"))),
    "resolve_neg": ("(Tensor input)",), "resolve_conj": ("(Tensor input)",),
    "scalar_tensor": (f"(Number s, *, {_FACTORY})",),
    "randint_like": tuple(f"(Tensor input, {first}*, {gen}torch.memory_format memory_format = None, {_FACTORY})"
                          for first in ("int low, int high, ", "Tensor high, ", "int high, ")
                          for gen in ("torch.Generator generator, ", "")),
    "histogram": ("(Tensor input, Tensor bins, *, Tensor weight = None, bool density = False, "
                  "tuple of Tensors out = None)",
                  "(Tensor input, int bins = 100, *, tuple of floats range = None, Tensor weight = None, "
                  "bool density = False, tuple of Tensors out = None)"),
    "bernoulli": ("(Tensor input, *, torch.Generator generator = None, Tensor out = None)",
                  "(Tensor input, float p, *, torch.Generator generator = None)"),
    "bernoulli_": ("(Tensor input, Tensor p, *, torch.Generator generator = None)",
                   "(Tensor input, float p = 0.5, *, torch.Generator generator = None)"),
    "copy_": ("(Tensor input, Tensor# other, bool non_blocking = False)",),
    "copysign": ("(Tensor input, Tensor other, *, Tensor out = None)",
                 "(Tensor input, Number other, *, Tensor out = None)"),
    "xlogy": ("(Tensor input, Tensor other, *, Tensor out = None)", "(Number self, Tensor other, *, Tensor out = None)",
              "(Tensor input, Number other, *, Tensor out = None)"),
    "nextafter": _TENSOR_PAIR, "maximum": _TENSOR_PAIR, "minimum": _TENSOR_PAIR, "fmax": _TENSOR_PAIR,
    "fmin": _TENSOR_PAIR, "inner": ("(Tensor input, Tensor other, *, Tensor out = None)",),
    "is_pinned": ("(Tensor input, torch.device? device = None)",),
    "fill_diagonal_": ("(Tensor input, Number fill_value, bool wrap = False)",),
    "exponential_": ("(Tensor input, float lambd = 1, *, torch.Generator generator = None)",),
    "random_": ("(Tensor input, *, torch.Generator generator = None)",
                "(Tensor input, int from, int? to, *, torch.Generator generator = None)",
                "(Tensor input, int to, *, torch.Generator generator = None)"),
    **dict.fromkeys(("float", "double", "half", "bfloat16", "int", "long", "short", "byte", "char", "bool", "cfloat",
                     "cdouble"), ("(Tensor input, *, torch.memory_format memory_format = torch.preserve_format)",)),
    "contiguous": ("(Tensor input, *, torch.memory_format memory_format = torch.contiguous_format)",),
    "is_contiguous": ("(Tensor input, *, torch.memory_format memory_format = torch.contiguous_format)",),
    "diag": ("(Tensor input, int diagonal = 0, *, Tensor out = None)",),
    "diagflat": ("(Tensor input, int offset = 0)",),
    "reshape": ("(Tensor input, tuple of ints shape)",),
    "broadcast_to": ("(Tensor input, tuple of ints size)",),
    "sum_to_size": ("(Tensor input, tuple of ints size)",),
    "tile": ("(Tensor input, tuple of ints dims)",),
    **dict.fromkeys(("new_empty", "new_ones", "new_zeros"), (f"(Tensor input, tuple of ints size, *, {_FACTORY})",)),
    "poisson": ("(Tensor input, torch.Generator? generator = None)",),
    "rsub": ("(Tensor input, Tensor other, *, Number alpha = 1)", "(Tensor input, Number other, Number alpha = 1)"),
    "pinverse": ("(Tensor input, float rcond = 1e-15)",),
    "_unique2": ("(Tensor input, bool sorted = True, bool return_inverse = False, bool return_counts = False)",),
    "unique_consecutive": ("(Tensor input, bool return_inverse = False, bool return_counts = False, "
                           "int? dim = None)",),
    "masked_fill": ("(Tensor input, Tensor mask, Tensor value)", "(Tensor input, Tensor mask, Number value)"),
    "where": ("(Tensor condition)", "(Tensor condition, Tensor input, Tensor other, *, Tensor out = None)",
              "(Tensor condition, Number self, Tensor other)", "(Tensor condition, Tensor input, Number other)",
              "(Tensor condition, Number self, Number other)"),
}
FUNCTIONS.update(MORE_SIGNATURES)  # (functions/parser_more.py)
# Methods whose self is not the function's first argument (x.where(condition, y) is where(condition, x, y)).
_METHODS = {"where": ("(Tensor condition, Tensor other)", "(Tensor condition, Number other)")}
# In-place methods (no torch.* function): their own names, the out-of-place signatures.
_INPLACE = {"squeeze_": "squeeze", "unsqueeze_": "unsqueeze", "transpose_": "transpose", "cumsum_": "cumsum",
            "cumprod_": "cumprod", "scatter_": "scatter", "index_add_": "index_add", "index_fill_": "index_fill",
            "index_reduce_": "index_reduce",
            "scatter_add_": "scatter_add", "swapdims_": "transpose", "swapaxes_": "swapaxes", "fill_": "fill",
            "clamp_": "clamp", "clip_": "clip", "logical_and_": "logical_and", "logical_or_": "logical_or",
            "logical_xor_": "logical_xor", "tril_": "tril", "triu_": "triu", "mvlgamma_": "mvlgamma",
            "gcd_": "gcd", "lcm_": "lcm", "nan_to_num_": "nan_to_num", "copysign_": "copysign",
            "xlogy_": "xlogy", "nextafter_": "nextafter", "diagonal_": "diagonal", "renorm_": "renorm"}


_REQUIRED = object()


@functools.lru_cache(maxsize=None)
def _python_parameters(names: str) -> tuple[tuple[str, ...], tuple]:
    """The parameter names and defaults (``_REQUIRED`` where none) of ``names``."""
    params, defaults = [], []
    for item in names.split(","):
        name, eq, default = item.strip().partition("=")
        params.append(name)
        defaults.append(eval(default) if eq else _REQUIRED)  # noqa: S307 - literals written here
    return tuple(params), tuple(defaults)


def _bound(args: tuple, kwargs: dict, names: str) -> tuple | None:
    """The arguments of a function PyTorch writes in Python, bound to its parameters (``names``,
    ``name=default`` for the optional ones, defaults given as Python literals); None when Python
    itself refuses the call (its own TypeError stands)."""
    params, defaults = _python_parameters(names)
    if len(args) > len(params):
        return None
    values = list(args) + list(defaults[len(args):])
    for key, value in kwargs.items():
        if key not in params or params.index(key) < len(args):
            return None
        values[params.index(key)] = value
    return None if any(v is _REQUIRED for v in values) else tuple(values)


def _split(args: tuple, kwargs: dict, method: bool) -> tuple | None:
    # torch.split and Tensor.split call _VF.split (an int) or _VF.split_with_sizes, every argument positional
    values = _bound(args, kwargs, "self, split_size, dim=0")
    if values is None:
        return None
    size = values[1]
    if isinstance(size, Tensor) and size.numel() == 1:  # Tensor.split tries int() on a tensor first
        values = (values[0], int(size.item()), values[2])
    return ("split" if _is_index(values[1]) else "split_with_sizes"), values, {}, False


def _unflatten(args: tuple, kwargs: dict, method: bool) -> tuple | None:
    # Tensor.unflatten calls the C method with its arguments positional; torch.unflatten is C
    if not method:
        return "unflatten", args, kwargs, False
    values = _bound(args, kwargs, "self, dim, sizes")
    return None if values is None else ("unflatten", values, {}, True)


def _norm(args: tuple, kwargs: dict, method: bool) -> tuple | None:
    # torch.norm and Tensor.norm: a p-norm (or "fro" over at most two dims) is linalg.vector_norm's
    values = _bound(args, kwargs, "input, p='fro', dim=None, keepdim=False, out=None, dtype=None")
    if values is None:
        return None
    input, p, dim, keepdim, _, dtype = values
    if p is None:  # torch.norm reads None as its default
        p = "fro"
    if p == "fro" and (dim is None or isinstance(dim, int) or len(dim) <= 2):
        p = 2
    if isinstance(p, str):
        return None
    dim = [dim] if isinstance(dim, int) else dim
    return "linalg_vector_norm", (input, p, dim, keepdim), {"dtype": dtype}, False


def _unique(args: tuple, kwargs: dict, method: bool) -> tuple | None:
    # torch.unique and Tensor.unique call torch._unique2 (torch.unique_dim with a dim), every flag a keyword
    values = _bound(args, kwargs, "input, sorted=True, return_inverse=False, return_counts=False, dim=None")
    if values is None:
        return None
    input, sorted_, inverse, counts, dim = values
    flags = {"sorted": sorted_, "return_inverse": inverse, "return_counts": counts}
    if dim is None:
        return "_unique2", (input,), flags, False
    return "unique_dim", (input, dim), flags, False


def _unique_consecutive(args: tuple, kwargs: dict, method: bool) -> tuple | None:
    # torch.unique_consecutive and the method call the C function with every flag a keyword
    values = _bound(args, kwargs, "input, return_inverse=False, return_counts=False, dim=None")
    if values is None:
        return None
    input, inverse, counts, dim = values
    return "unique_consecutive", (input,), {"return_inverse": inverse, "return_counts": counts, "dim": dim}, False


# Functions and methods PyTorch writes in Python: the C call they make with the same arguments.
_PYTHON_LEVEL = {"split": _split, "unflatten": _unflatten, "norm": _norm, "unique": _unique,
                 "unique_consecutive": _unique_consecutive}


@functools.lru_cache(maxsize=None)
def inplace_signatures(name: str) -> tuple[str, ...]:
    """``torch.name_`` (an in-place function): the out-of-place function's signatures without ``out``."""
    result = []
    for signature in FUNCTIONS[_INPLACE[name]]:
        slots = [s for s in _slots(signature) if not s.split(" = ")[0].endswith(" out")]
        if slots and slots[-1] == "*":
            slots.pop()
        result.append("(" + ", ".join(slots) + ")")
    return tuple(result)


@functools.lru_cache(maxsize=None)
def method_signatures(name: str) -> tuple[str, ...]:
    """A method's signatures: the function's without ``input`` (those without it do not exist as
    methods) and without ``out``."""
    if name in _METHODS:
        return _METHODS[name]
    result = []
    for signature in FUNCTIONS[_INPLACE.get(name, name)]:
        slots = list(_slots(signature))
        if not slots[0].endswith(" input"):
            continue
        slots = [s for s in slots[1:] if not s.split(" = ")[0].endswith(" out")]
        if slots and slots[-1] == "*":
            slots.pop()
        result.append("(" + ", ".join(slots) + ")")
    return tuple(result)


def call_error(name: str, method: bool, args: tuple, kwargs: dict, *, suspect_only: bool = False) -> TypeError | None:
    """PyTorch's parser error for ``torch.name(*args, **kwargs)`` (``method``: ``args[0].name(...)``),
    or None when its parser takes the call (or knows no signatures of ``name``). ``suspect_only``: parse
    a function PyTorch writes in Python only if its C call fails the cheap test (``_off_signatures``)."""
    if name in _PYTHON_LEVEL:
        call = _PYTHON_LEVEL[name](args, kwargs, method)
        if call is None:
            return None
        name, args, kwargs, method = call
        if suspect_only and _INPLACE.get(name, name) in FUNCTIONS \
                and not _off_signatures(_signature_table(name, method), args[1:] if method else args, kwargs):
            return None
    base = _INPLACE.get(name, name)
    if base not in FUNCTIONS:
        return None
    if method:
        entry = _recorded("methods").get(name)
        if entry is not None and entry[0][0] in (NO_ARGUMENTS, ONE_ARGUMENT):  # (x.resolve_conj: no parser)
            return _builtin_error(name, entry[0], args[1:], kwargs, "methods")
        return parser_error(name, method_signatures(name), args[1:], kwargs)
    return parser_error(name, inplace_signatures(name) if name in _INPLACE else FUNCTIONS[base], args, kwargs)


def alpha_first(name: str, method: bool, alpha, other) -> tuple:
    """PyTorch's deprecated overload of add and sub with alpha first (``p.data.add_(-lr, grad)``, from
    older tutorials): ``(other, alpha)``, after the parser's warning, shown once per process for them all."""
    check_number(alpha, name, "alpha")
    old, new = ((f"{name}(Number alpha, Tensor other)", f"{name}(Tensor other, *, Number alpha = 1)") if method else
                (f"{name}(Tensor input, Number alpha, Tensor other, *, Tensor out = None)",
                 f"{name}(Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)"))
    warn_once(f"This overload of {name} is deprecated:\n\t{old}\nConsider using one of the following signatures "
              f"instead:\n\t{new} (Triggered internally at "
              "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp:1841.)", key="alpha-first overload")
    return other, alpha


def with_alpha_first(fn: Callable, name: str) -> Callable:
    """``torch.add`` / ``torch.sub`` also taking the deprecated ``(input, alpha, other)``."""
    @functools.wraps(fn)
    def call(*args, **kwargs):
        if len(args) == 3 and "alpha" not in kwargs and _is_operand(args[1]) and not isinstance(args[1], Tensor) \
                and _is_operand(args[2]):
            other, alpha = alpha_first(name, False, args[1], args[2])
            return fn(args[0], other, alpha=alpha, **kwargs)
        return fn(*args, **kwargs)
    return call


def _is_operand(value) -> bool:
    return isinstance(value, (Tensor, int, float, complex, np.number, np.bool_))


def refused(name: str, args: tuple, kwargs: dict | None = None, *, method: bool = False) -> TypeError:
    """The parser's error for a call PyTorch's Python code makes (``F.softmax`` calls
    ``input.softmax(dim)``) and the op refused."""
    return call_error(name, method, args, kwargs or {}) or TypeError(f"{name}(): invalid arguments")


_BOOL_IS_UNBIASED = frozenset(("std", "var", "std_mean", "var_mean"))
# keywords some signatures lack though each argument alone fits one (histogram's bins=tensor, range=): parse in full
_PARSED_WITH = {"histogram": "range"}


def _keepdim_without_dim(args: tuple, kwargs: dict) -> bool:
    return "keepdim" in kwargs and "dim" not in kwargs and len(args) < 2


# one signature's positional parameters, all its parameters' names, and the names it cannot do without
_Together = tuple[tuple[_Param, ...], frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=None)
def _signature_table(name: str, method: bool) -> tuple[tuple[tuple[_Param, ...], ...], dict[str, tuple[_Param, ...]],
                                                      bool, int, tuple[_Together, ...]]:
    """What the signatures of ``name`` take at each position and under each keyword (for a method,
    the positions after ``self``), whether one of them takes its int list spread out (``x.view(2, 3)``),
    the fewest arguments one of them needs, and each one's keywords (trapezoid's x and dx are in two)."""
    signatures = (method_signatures(name) if method else
                  inplace_signatures(name) if name in _INPLACE else FUNCTIONS[name])
    positional: list[list[_Param]] = []
    keyword: dict[str, list[_Param]] = {}
    spread = False
    needed = min((sum(not p.optional for p in _params(s)) for s in signatures), default=0)
    for signature in signatures:
        params = _params_of(name, signature)
        in_order = [p for p in params if not p.keyword_only]
        spread = spread or (len(in_order) == 1 and in_order[0].kind == "tuple of ints")
        for position, param in enumerate(in_order):
            if position == len(positional):
                positional.append([])
            positional[position].append(param)
        for param in params:
            keyword.setdefault(param.name, []).append(param)
    together = tuple((tuple(p for p in ps if not p.keyword_only), frozenset(p.name for p in ps),
                      frozenset(p.name for p in ps if not p.optional))
                     for ps in map(functools.partial(_params_of, name), signatures))
    return tuple(tuple(ps) for ps in positional), {k: tuple(v) for k, v in keyword.items()}, spread, needed, together


def _one_takes(in_order: tuple[_Param, ...], names: frozenset[str], required: frozenset[str], args: tuple,
               kwargs: dict) -> bool:
    """Whether one signature takes these positional arguments and keywords together, and gets all it
    needs (the test per position and per keyword passes a call that mixes two overloads,
    trapezoid(y, x, dx=1), or fills one only in part, arange(5, step=2))."""
    given = {p.name for p in in_order[:len(args)]}
    return len(args) <= len(in_order) and names.difference(given).issuperset(kwargs) \
        and required.issubset(given.union(kwargs)) \
        and all(value.__class__ is Tensor and param.kind == "Tensor" or _taken((param,), value)
                for param, value in zip(in_order, args))


def _taken(params: tuple[_Param, ...], value) -> bool:
    for param in params:
        if (param.nullable if value is None else _fits(param, value)[0]):
            return True
    return False


def _off_signatures(table: tuple, args: tuple, kwargs: dict) -> bool:
    """Whether some argument fits no signature of the op at its position or keyword, so that
    PyTorch's parser may refuse the call (it is then parsed in full): the cheap test made on every
    call, which the engine's own code would often take (a float for an int, a number for a tensor)."""
    positional, keyword, spread, needed, together = table
    if len(args) + len(kwargs) < needed or kwargs and len(together) > 1 and not any(
            _one_takes(in_order, names, required, args, kwargs) for in_order, names, required in together):
        return True
    for position, value in enumerate(args):
        if position >= len(positional):
            if not (spread and _is_index(value)):
                return True
        elif not (value.__class__ is Tensor and positional[position][0].kind == "Tensor") \
                and not _taken(positional[position], value):
            return True
    for key, value in kwargs.items():
        params = keyword.get(key)
        if params is None or not _taken(params, value):
            return True
    return False


# the engine's names for a torch.* function's first parameter when it is a tensor
_TENSOR_FIRST = (("input",), ("t",), ("self",), ("A",), ("x1",))


def _not_a_tensor(raised: AttributeError, fn_name: str, names: tuple, args: tuple, kwargs: dict,
                  method: bool) -> TypeError | None:
    """The parser's TypeError for an argument that is no tensor (a list, a number) where the op used it
    as one (``torch.mm(x, [[1.0]])``): the argument the AttributeError names, by position or keyword;
    None when the error is about something else."""
    culprit = getattr(raised, "obj", None)
    if culprit is None or isinstance(culprit, Tensor) or not isinstance(culprit, (list, tuple, int, float, str)):
        return None
    for i, value in enumerate(args):
        if value is culprit and (i or not method) and i < len(names):
            return TypeError(f"{fn_name}(): argument '{names[i]}' (position {i if method else i + 1}) must be "
                             f"Tensor, not {type(value).__name__}")
    for key, value in kwargs.items():
        if value is culprit:
            return TypeError(f"{fn_name}(): argument '{key}' must be Tensor, not {type(value).__name__}")
    return None


def parsed(fn: Callable[..., Any], name: str | None = None, *, method: bool = False) -> Callable[..., Any]:
    """``fn`` as a public entry: NumPy's ``axis=``/``keepdims=`` taken for ``dim=``/``keepdim=`` (as
    PyTorch's parser does: ``x.sum(axis=1, keepdims=True)``), and a failed call whose arguments
    PyTorch's parser refuses (an ``ArgumentTypeError`` from the op, or any other error) reported
    with the parser's message. ``fn`` itself when neither applies."""
    code = getattr(inspect.unwrap(fn), "__code__", None)  # the op's own names under a wrapper (autocast's)
    if code is None:
        return fn
    fn_name = name or fn.__name__
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    # (not for the functions PyTorch writes in Python, but torch.unflatten, which is C)
    python_level = fn_name in _PYTHON_LEVEL and (method or fn_name != "unflatten")
    checked = _INPLACE.get(fn_name, fn_name) in FUNCTIONS or fn_name in _PYTHON_LEVEL
    # what the op's signatures take where (the functions PyTorch writes in Python map their call first):
    # built on the op's first call, not here (some 300 tables made importing the engine 15 ms slower)
    table_wanted = checked and not python_level
    table: tuple | None = None

    def numpy_aliases() -> tuple:
        """(NumPy's name, the op's own) for the parameters PyTorch's parser also finds under NumPy's names."""
        if python_level:
            return ()
        own = {"dim": "dim", "keepdim": "keepdim", "other": "other"}
        if not method and names[:1] in _TENSOR_FIRST:
            own["input"] = names[0]
        # (input's and other's only where the recorded signatures say the op names them so)
        return tuple((numpy_name, own[torch_name]) for torch_name in own for numpy_name in NUMPY_NAMES[torch_name]
                     if torch_name in ("dim", "keepdim") and (torch_name in names or table is not None
                                                              and torch_name in table[1])
                     or table is not None and torch_name in table[1] and own[torch_name] in names)
    aliases: tuple | None = None if table_wanted else numpy_aliases()

    def signature_table() -> tuple:
        nonlocal table, aliases
        table = _signature_table(fn_name, method)
        aliases = numpy_aliases()
        return table
    # torch.name(input, ...) given something else than a tensor as input: the parser's TypeError, never
    # the AttributeError the op's first use of it would raise ('list' object has no attribute 'ndim')
    takes_input = not method and names[:1] in _TENSOR_FIRST
    first = "input" if not names or names[0] in ("t", "self") else names[0]   # the name PyTorch's signature gives
    # a method given something else than a tensor where the op uses one: x.mm([[1.0]]) names mat2
    # (not the operator dunders: they return NotImplemented for what they do not take, and are hot)
    takes_operands = method and len(names) > 1 and not fn_name.startswith("__")
    if getattr(fn, "_parsed", False) or not aliases and not checked and not takes_input and not takes_operands \
            and fn_name not in _recorded("methods" if method else "torch"):
        return fn

    bool_is_unbiased = fn_name in _BOOL_IS_UNBIASED
    skip = 1 if method else 0   # a method's self
    # a method whose int list PyTorch also takes spread out (x.squeeze(0, 1)) where the op takes one list
    # (the table's third entry says whether one signature takes it so)
    may_gather = table_wanted and method and not code.co_flags & inspect.CO_VARARGS
    # the functions PyTorch writes in Python: their C call parsed in full before they run (and the few
    # whose overloads take each argument alone but not together: torch.isin(2, 3))
    python_parsed = python_level or fn_name in ("normal", "isin")
    keepdim_needs = "keepdim" in names and "dim" in names
    parsed_with = _PARSED_WITH.get(fn_name)
    # a factory's requires_grad (always a keyword): anything but a Python bool or None is refused
    # (randn(2, requires_grad=1), a numpy bool too); the one-overload factories (zeros, tensor, new_*)
    # word it as their single signature does, through grad_mode.requires_grad_flag
    requires_grad_typed = checked and "requires_grad" in names

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if may_gather and len(args) > 2 and len(args) > code.co_argcount and all(_is_index(a) for a in args[1:]) \
                and (table or signature_table())[2]:
            args = (args[0], args[1:])
        given = kwargs  # as written (the parser's errors name an alias given beside a wrong keyword)
        if kwargs:
            if aliases is None:
                signature_table()
            for numpy_name, torch_name in aliases:
                if numpy_name in kwargs:
                    if given is kwargs:
                        given = dict(kwargs)
                    if torch_name in kwargs:
                        raise call_error(fn_name, method, args, given) or \
                            TypeError(f"{fn_name}() got an unexpected keyword argument '{numpy_name}'")
                    kwargs[torch_name] = kwargs.pop(numpy_name)
        if (table_wanted and _off_signatures(table or signature_table(), args[skip:], kwargs) or python_parsed
                or keepdim_needs and _keepdim_without_dim(args, kwargs) or parsed_with in kwargs
                or requires_grad_typed and not isinstance(kwargs.get("requires_grad"), (bool, type(None)))):
            error = call_error(fn_name, method, args, given, suspect_only=python_parsed)
            if error is not None:
                raise error
        if kwargs:
            if bool_is_unbiased and isinstance(kwargs.get("dim"), bool):
                # the op reads a positional bool as ``unbiased``; PyTorch's parser refuses one named dim
                raise refused(fn_name, args, given, method=method)
        try:
            return fn(*args, **kwargs)
        except AttributeError as raised:
            if takes_input and args and not isinstance(args[0], Tensor):
                error = call_error(fn_name, method, args, given) if checked else None
                raise error or TypeError(f"{fn_name}(): argument '{first}' (position 1) must be Tensor, not "
                                         f"{type(args[0]).__name__}") from None
            error = (call_error(fn_name, method, args, given) if checked else None) or \
                _not_a_tensor(raised, fn_name, names, args, given, method)
            if error is None:
                raise
            raise error from None
        except (TypeError, IndexError, ValueError) as raised:
            if getattr(raised, "parser_worded", False):
                raise  # the op already gave the parser's own message (an overload quirk the table lacks)
            if python_level and method and BINDING_ERROR.search(msg := str(raised)) and msg.startswith(fn_name + "("):
                raise TypeError(f"Tensor.{raised}") from None  # Python's own words for the Tensor method
            error = call_error(fn_name, method, args, given) if checked else None
            if error is None and isinstance(raised, TypeError):
                error = (binding_error(fn_name, raised, args[1:], given, "methods") if method else
                         binding_error(fn_name, raised, args, given))
            if error is None:
                raise
            raise error from None
    call._parsed = True  # type: ignore[attr-defined]
    return call
