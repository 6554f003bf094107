"""PyTorch's float8 types: their rounding, and the kernels PyTorch 2.13 lacks for them.

numpy has no float8: a float8 tensor holds float32 values on the type's grid, rounded once when the
tensor is made (``_tensor.make`` calls the type's ``_adjust``), as bfloat16's are. A double goes by
way of float, as c10's conversions do (two roundings). Each type rounds to nearest, ties to even, and
treats what lies beyond its largest value in its own way (measured against PyTorch 2.13's casts,
which agree for tensors, ``torch.tensor``, ``full`` and item assignment):

- ``float8_e4m3fn`` saturates: 500, 1e6 and inf become 448 (NaN stays NaN);
- ``float8_e5m2`` overflows to inf, as IEEE types do (61440 becomes inf);
- ``float8_e4m3fnuz``, ``float8_e5m2fnuz`` have no inf and no negative zero: an overflow, an inf or
  a NaN becomes NaN, and -0.0 becomes 0.0;
- ``float8_e8m0fnu`` holds powers of two only, with no sign: c10's rounding of the exponent (the
  mantissa's top bit decides, ties to even on the implied bit), NaN and inf become NaN.

PyTorch compiles few kernels for these types: moving, viewing, indexing, ``cat``, ``==``, ``where``,
the casts and ``a * b`` of two float8 tensors work; ``a + 1``, ``a * 2``, ``a.sum()``, ``a @ b``
raise, each kernel in its own words. ``tools/record_float8_refusals.py`` records them from PyTorch
for every public entry (by the kind of the argument after the tensor) into
``float8_refusals.json.xz``; the entries are rerouted through a check (``meta.reroute``) only once a
float8 tensor is made or a float8 type looked up, as for the unsigned types (``unsigned.py``).
"""
from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import dtypes, meta, missing
from autograd_tui.engine._tensor import Tensor, make

# mantissa bits, smallest normal exponent, largest finite value
_GRIDS = {"float8_e4m3fn": (3, -6, 448.0), "float8_e5m2": (2, -14, 57344.0),
          "float8_e4m3fnuz": (3, -7, 240.0), "float8_e5m2fnuz": (2, -15, 57344.0)}


def _to_float32(data: np.ndarray) -> np.ndarray:
    data = np.asarray(data)
    return data if data.dtype == np.float32 else data.astype(np.float32)  # a double by way of float, as c10


def _round_to_grid(name: str, data: np.ndarray) -> np.ndarray:
    """``data`` rounded to the float8 type ``name`` (ties to even), with the type's overflow."""
    single = _to_float32(data)
    mantissa_bits, min_exponent, largest = _GRIDS[name]
    wide = single.astype(np.float64)
    _, exponent = np.frexp(wide)  # |x| = m * 2**exponent, 0.5 <= m < 1
    step = np.ldexp(1.0, np.maximum(exponent - 1, min_exponent) - mantissa_bits)
    with np.errstate(invalid="ignore"):
        rounded = np.round(wide / step) * step  # exact division: a power of two; np.round ties to even
    finite = np.isfinite(wide)
    rounded = np.where(finite, rounded, wide)
    beyond = np.abs(rounded) > largest
    if name == "float8_e4m3fn":  # saturates, inf included
        rounded = np.where(beyond, np.copysign(largest, wide), rounded)
    elif name == "float8_e5m2":
        rounded = np.where(beyond, np.copysign(np.inf, wide), rounded)
    else:  # the fnuz types: NaN for whatever they cannot hold, and no negative zero
        rounded = np.where(beyond | np.isnan(wide), np.nan, rounded) + 0.0
    return rounded.astype(np.float32).reshape(single.shape)


def _round_to_power_of_two(data: np.ndarray) -> np.ndarray:
    """float8_e8m0fnu: c10's ``fp8e8m0fnu_from_fp32_value`` on the float's bits (its exponent, one up
    when the guard bit is set and the round or sticky bits or the implied bit are; NaN for 255)."""
    single = _to_float32(data)
    bits = np.ascontiguousarray(single).view(np.uint32)
    exponent = (bits >> np.uint32(23)) & np.uint32(0xFF)
    guard = (bits & np.uint32(0x400000)) != 0
    rest = (bits & np.uint32(0x3FFFFF)) != 0
    up = guard & (rest | (exponent > 0)) & (exponent != 0xFF)
    exponent = exponent + up.astype(np.uint32)
    value = np.ldexp(np.float64(1.0), exponent.astype(np.int64) - 127)
    return np.where(exponent == 0xFF, np.nan, value).astype(np.float32).reshape(single.shape)


# exponent bias and mantissa bits of the sign-exponent-mantissa types
_LAYOUTS = {"float8_e4m3fn": (7, 3), "float8_e5m2": (15, 2), "float8_e4m3fnuz": (8, 3), "float8_e5m2fnuz": (16, 2)}


@functools.lru_cache(maxsize=None)
def _decoded(name: str) -> np.ndarray:
    """The float32 value of each of the type's 256 codes."""
    codes = np.arange(256)
    if name == "float8_e8m0fnu":
        return np.where(codes == 255, np.nan, np.ldexp(1.0, codes - 127)).astype(np.float32)
    bias, mantissa_bits = _LAYOUTS[name]
    exponent, mantissa = (codes & 0x7F) >> mantissa_bits, codes & ((1 << mantissa_bits) - 1)
    magnitude = np.where(exponent == 0, np.ldexp(mantissa.astype(np.float64), 1 - bias - mantissa_bits),
                         np.ldexp(1.0 + mantissa / (1 << mantissa_bits), exponent - bias))
    value = np.where(codes >= 128, -magnitude, magnitude)
    if name == "float8_e4m3fn":
        value = np.where(codes & 0x7F == 0x7F, np.nan, value)
    elif name == "float8_e5m2":
        value = np.where(exponent == 31, np.where(mantissa == 0, np.copysign(np.inf, value), np.nan), value)
    else:
        value = np.where(codes == 0x80, np.nan, value)
    return value.astype(np.float32)


def to_bits(name: str, data: np.ndarray) -> np.ndarray:
    """The codes (uint8) of float8 values ``data`` (on the type's grid) as PyTorch stores them."""
    if name == "float8_e8m0fnu":  # a power of two's float32 exponent field (2**-127's is 0, a subnormal's)
        exponent = (np.ascontiguousarray(data, np.float32).view(np.uint32) >> np.uint32(23)) & np.uint32(0xFF)
        return np.where(np.isnan(data), 0xFF, exponent).astype(np.uint8)
    table = _decoded(name)
    positive = np.flatnonzero(~np.isnan(table[:128]))  # increasing values, as the codes are
    magnitude = np.abs(data)
    nan = np.isnan(data)
    code = positive[np.minimum(np.searchsorted(table[positive], np.where(nan, 0, magnitude)), positive.size - 1)]
    negative = np.signbit(data) & ~nan
    nan_code: Any = 0x7F if name in ("float8_e4m3fn", "float8_e5m2") else 0x80
    code = np.where(negative, code | 0x80, code)
    if name in ("float8_e4m3fn", "float8_e5m2"):
        nan_code = np.where(np.signbit(data), nan_code | 0x80, nan_code)  # a NaN keeps its sign
    return np.where(nan, nan_code, code).astype(np.uint8)


def from_bits(name: str, codes: np.ndarray) -> np.ndarray:
    """The float32 values of the float8 codes ``codes`` (uint8)."""
    return _decoded(name)[codes]


def view_as(input: Tensor, dtype: dtypes.dtype) -> Tensor:
    """``x.view(dtype)`` to or from a float8 type (sizes already checked): its codes are read out or
    decoded, a copy rather than shared memory, as for bfloat16 (held as float32 too)."""
    data = input._data
    if input.dtype in dtypes.FLOAT8:
        data = to_bits(input.dtype.name, data)
    elif input.dtype is dtypes.bfloat16:
        data = (np.ascontiguousarray(data).view(np.uint32) >> 16).astype(np.uint16)
    raw = np.ascontiguousarray(data).view(np.uint8)
    if dtype in dtypes.FLOAT8:
        return make(from_bits(dtype.name, raw).view(dtype.np), dtype)
    if dtype is dtypes.bfloat16:
        return make((raw.view(np.uint16).astype(np.uint32) << 16).view(np.float32).view(dtype.np), dtype)
    return make(raw.view(dtype.np), dtype)


@functools.cache
def _refusals() -> dict:
    return missing.packaged_refusals("float8_refusals.json.xz")


@functools.lru_cache(maxsize=None)
def _table(name: str) -> dict:
    recorded = _refusals()
    table = dict(recorded["base"])
    table.update(recorded["by_type"].get(name, {}))
    return {key: words for key, words in table.items() if words is not None}


def _letters(value: Any) -> tuple[str, ...]:
    """The recorded kinds an argument may stand for (``KINDS`` of the recording tool), best first."""
    if isinstance(value, Tensor):
        return ("b",) if value.dtype is dtypes.bool_ else ("l",) if value.dtype.np.kind in "iu" else ("t",)
    if isinstance(value, (bool, int)):
        return ("d", "n") if value == 0 else ("n", "d")
    return ("f",) if isinstance(value, float) else ("x",) if value is None else ()


def _keys(args: tuple) -> list[str]:
    """The recorded kinds of call nearest to ``args`` (the arguments after the tensor), best first:
    the first three arguments', then the first two's, then the first one's."""
    keys = [""]
    for arg in args[:3]:
        keys = [key + letter for key in keys for letter in _letters(arg)]
    shorter = _keys(args[:-1]) if len(args) > 1 else []
    return keys + [key for key in shorter if key]


_CLAMPS = frozenset(("clamp", "clamp_", "clip", "clip_"))


def _clamp_kernel(args: tuple, kwargs: dict) -> str | None:
    """``clamp``'s kernel by the bounds given (by position or keyword): numbers or tensors."""
    low = args[0] if args else kwargs.get("min")
    high = args[1] if len(args) > 1 else kwargs.get("max")
    if low is None and high is None:
        return None
    if isinstance(low, Tensor) or isinstance(high, Tensor):
        return "clamp_cpu" if low is not None and high is not None else "maximum_cpu" if low is not None \
            else "minimum_cpu"
    return "clamp_scalar_cpu" if low is not None and high is not None else "clamp_min_scalar_cpu" \
        if low is not None else "clamp_max_scalar_cpu"


def _recorded(d: dtypes.dtype, key: str) -> Exception | None:
    found = _table(d.name).get(key)
    if found is None:
        return None
    return missing.recorded_error(found[0], found[1].replace("{type}", dtypes._SCALAR_NAME[d.name])
                                  .replace("{dtype}", str(d)))


def refusal(owner: str, name: str, t: Tensor, args: tuple, kwargs: dict) -> Exception | None:
    """PyTorch's error for ``name`` called on the float8 tensor ``t`` with ``args`` after it, if it
    refuses (recorded on numbers, vectors and matrices: a matrix stands for any other shape)."""
    kernel = None
    if name in _CLAMPS and owner != "torch.nn.functional":
        kernel = _clamp_kernel(args, kwargs)
    elif name in ("div", "div_", "divide", "divide_") and kwargs.get("rounding_mode") in ("floor", "trunc"):
        kernel = f"div_{kwargs['rounding_mode']}_cpu"
    elif name == "equal" and args and args[0] is t:  # a tensor with itself: the NaN-aware kernel
        kernel = "equal_notnan_cpu"
    if kernel is not None:
        return NotImplementedError(f"\"{kernel}\" not implemented for '{dtypes._SCALAR_NAME[t.dtype.name]}'")
    rank = str(min(t.ndim, 2))
    given = args if args or not kwargs else tuple(v for k, v in kwargs.items() if k not in ("out", "dtype"))
    for kind in _keys(given):
        refused = _recorded(t.dtype, f"{owner}.{name}|{rank}{kind}")
        if refused is not None:
            other = given[0] if kind[:1] == "t" else given[1] if kind[1:2] == "t" else None
            if other is not None and other.dtype is not t.dtype:  # two types: the promotion refuses first
                dtypes.promote_types(t.dtype, other.dtype)
            return refused
    entry = f"{owner}.{name}"
    if entry in _runs(t.dtype.name):
        return None
    # never ran: with arguments of other kinds than recorded, the same kernel refuses (one recorded
    # for this rank, else any); an entry never refused either failed on the recorded arguments alone
    # (view(3, 1)) and runs
    table = _table(t.dtype.name)
    first = _letters(given[0])[:1] if given else ()
    prefixes = [f"{entry}|{rank}{first[0]}"] if first else []
    for prefix in (*prefixes, f"{entry}|{rank}", f"{entry}|"):
        found = sorted(key for key in _refusal_keys(t.dtype.name).get(entry, ()) if key.startswith(prefix))
        if found:
            return _recorded(t.dtype, found[0]) if found[0] in table else None
    return None


@functools.lru_cache(maxsize=None)
def _runs(name: str) -> frozenset:
    return frozenset(_refusals()["runs"][name])


@functools.lru_cache(maxsize=None)
def _refusal_keys(name: str) -> dict[str, list[str]]:
    by_entry: dict[str, list[str]] = {}
    for key in _table(name):
        by_entry.setdefault(key.split("|")[0], []).append(key)
    return by_entry


# The namespaces rerouted, as the recording names them (meta.py's registered ones)
_NAMESPACES = (("autograd_tui.engine.nn.functional", "torch.nn.functional"),
               ("autograd_tui.engine.linalg", "torch.linalg"), ("autograd_tui.engine.nn.init", "torch.nn.init"))


def owner_of(fn: Callable[..., Any], name: str) -> str:
    """Which namespace's entry ``fn`` is: ``Tensor`` for a method, else the module binding it under ``name``."""
    on_class = Tensor.__dict__.get(name)
    if fn in (on_class, getattr(on_class, "fn", None), getattr(on_class, "fget", None)):
        return "Tensor"
    for module_name, owner in _NAMESPACES:
        bound = vars(sys.modules[module_name]).get(name) if module_name in sys.modules else None
        if bound is fn or getattr(bound, "func", None) is fn:
            return owner
    return "torch"


_inside = [0]  # calls under way through a checked entry: the entries an op calls are its own business


def _entry(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    owner = owner_of(fn, name)

    @functools.wraps(fn)
    def call(*args, **kwargs):
        asked = kwargs.get("dtype")
        if asked in dtypes.FLOAT8 and not _inside[0] and owner == "torch":  # torch.arange(3, dtype=...)
            refused = _recorded(asked, f"torch.{name}|dtype")
            if refused is not None:
                raise refused
        if _inside[0] or not args or not isinstance(args[0], Tensor) or args[0].dtype not in dtypes.FLOAT8 \
                or args[0]._on_meta:
            return fn(*args, **kwargs)
        refused = refusal(owner, name, args[0], args[1:], kwargs)
        if refused is not None:
            raise refused
        return meta.call_inside(_inside, fn, args, kwargs)
    return call


_routing = meta.Routing(_entry)  # switched on by the first float8 tensor, or a float8 type looked up
_saved = _routing.saved  # (what torch._reset_warn_once puts back, newest routing first)
activate, deactivate = _routing.activate, _routing.deactivate


def _adjust(name: str) -> Callable[[np.ndarray], np.ndarray]:
    rounding = _round_to_power_of_two if name == "float8_e8m0fnu" else functools.partial(_round_to_grid, name)

    def made(data: np.ndarray) -> np.ndarray:
        activate()
        return rounding(data)
    return made


for _d in dtypes.FLOAT8:
    _d._adjust = _adjust(_d.name)
del _d
