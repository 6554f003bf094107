"""The dtypes the engine knows, and PyTorch's type-promotion rules."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from autograd_tui.engine import complex_guard
from autograd_tui.engine._c_types import CType, Uncreatable, c_named, sealed
from autograd_tui.engine._constructor_args import info_argument


class dtype(metaclass=Uncreatable):
    """A tensor element type, printed as PyTorch prints it (``torch.float32``)."""

    __slots__ = ("name", "np", "is_floating_point", "is_complex", "is_signed", "itemsize", "legacy_name", "_rank",
                 "_adjust")

    def __init__(self, name: str, np_dtype, legacy_name: str, rank: int) -> None:
        self.name = name
        self.np = np.dtype(np_dtype)
        self.is_floating_point = self.np.kind == "f"
        self.is_complex = self.np.kind == "c"
        self.is_signed = self.np.kind in "fic"
        self.itemsize = self.np.itemsize
        self.legacy_name = legacy_name  # as in "[torch.FloatTensor [2]]" of some errors
        self._rank = rank  # order within its category, for promotion
        # What ``_tensor.make`` does to the array of a new tensor of this type (None: nothing);
        # one attribute test there serves bfloat16's rounding and complex arrays' guard.
        self._adjust: Callable[[np.ndarray], np.ndarray] | None = None

    def __repr__(self) -> str:
        return "torch." + self.name

    __str__ = __repr__

    def __reduce__(self):
        return (_by_name, (self.name,))

    def to_real(self) -> "dtype":
        return _REAL_OF.get(self, self)

    def to_complex(self) -> "dtype":
        if self.is_complex:
            return self
        if self is float16:
            raise NotImplementedError("complex32 (torch.chalf) is not available in the embedded engine yet; "
                                      "`--backend torch` runs it")
        if self not in _COMPLEX_OF:
            raise RuntimeError(f"Unknown Complex ScalarType for {_SCALAR_NAME.get(self.name, self.name)}")
        return _COMPLEX_OF[self]


c_named(dtype, "torch.dtype")  # type(torch.float32) prints <class 'torch.dtype'>; pickled by name (__reduce__)

bool_ = dtype("bool", np.bool_, "BoolTensor", 0)
uint8 = dtype("uint8", np.uint8, "ByteTensor", 1)
int8 = dtype("int8", np.int8, "CharTensor", 1)
int16 = dtype("int16", np.int16, "ShortTensor", 2)
int32 = dtype("int32", np.int32, "IntTensor", 3)
int64 = dtype("int64", np.int64, "LongTensor", 4)
float16 = dtype("float16", np.float16, "HalfTensor", 1)
float32 = dtype("float32", np.float32, "FloatTensor", 2)
float64 = dtype("float64", np.float64, "DoubleTensor", 3)

# numpy has no bfloat16: its tensors hold float32 values that bfloat16 can represent, and every
# result made for one is rounded to that grid (``to_bfloat16_grid``, called by ``_tensor.make``),
# which is what PyTorch's CPU kernels do: compute in float32, round once.
# Its numpy type is float32 marked in the type's metadata, which the random samplers read
# (``parity/generator.py``: bfloat16's own mantissa width and sampling paths).
bfloat16 = dtype("bfloat16", np.dtype(np.float32, metadata={"bfloat16": True}), "BFloat16Tensor", 1)
bfloat16.itemsize = 2
complex64 = dtype("complex64", np.complex64, "ComplexFloatTensor", 2)
complex128 = dtype("complex128", np.complex128, "ComplexDoubleTensor", 3)
# PyTorch's "shell" unsigned types: numpy's unsigned arrays become them, and only some kernels take
# them (the others raise, each in its own words: ``unsigned.py``); they promote with no other integer type.
uint16 = dtype("uint16", np.uint16, "UInt16Tensor", 2)
uint32 = dtype("uint32", np.uint32, "UInt32Tensor", 3)
uint64 = dtype("uint64", np.uint64, "UInt64Tensor", 4)
SHELL = frozenset((uint16, uint32, uint64))


def _float8(name: str, legacy_name: str) -> dtype:
    """A float8 type: its values held as float32 on the type's grid (rounded by ``float8.py``, which
    sets ``_adjust``), as bfloat16's are; the type's name in the numpy type's metadata."""
    d = dtype(name, np.dtype(np.float32, metadata={"float8": name}), legacy_name, 0)
    d.itemsize = 1
    return d


float8_e4m3fn = _float8("float8_e4m3fn", "Float8_e4m3fnTensor")
float8_e5m2 = _float8("float8_e5m2", "Float8_e5m2Tensor")
float8_e4m3fnuz = _float8("float8_e4m3fnuz", "Float8_e4m3fnuzTensor")
float8_e5m2fnuz = _float8("float8_e5m2fnuz", "Float8_e5m2fnuzTensor")
float8_e8m0fnu = _float8("float8_e8m0fnu", "Float8_e8m0fnuTensor")
float8_e8m0fnu.is_signed = False  # an exponent only: no sign bit
FLOAT8 = frozenset((float8_e4m3fn, float8_e5m2, float8_e4m3fnuz, float8_e5m2fnuz, float8_e8m0fnu))
# The quantized types: a quantized tensor's integer representation is a numpy array of the type's
# integers (``quantized.py``); no plain tensor has them.
qint8 = dtype("qint8", np.int8, "quantized.QInt8Tensor", 0)
quint8 = dtype("quint8", np.uint8, "quantized.QUInt8Tensor", 0)
qint32 = dtype("qint32", np.int32, "quantized.QInt32Tensor", 0)
quint4x2 = dtype("quint4x2", np.uint8, "quantized.QUInt4x2Tensor", 0)
QUANTIZED = frozenset((qint8, quint8, qint32, quint4x2))
sealed(dtype)  # (torch.dtype() is refused, as PyTorch's C type)

ALL = (bool_, uint8, int8, int16, int32, int64, float16, bfloat16, float32, float64, complex64, complex128, uint16,
       uint32, uint64, float8_e4m3fn, float8_e5m2, float8_e4m3fnuz, float8_e5m2fnuz, float8_e8m0fnu, qint8, quint8,
       qint32, quint4x2)
complex64._adjust = complex128._adjust = complex_guard.guard
_REAL_OF = {complex64: float32, complex128: float64}
_COMPLEX_OF = {float32: complex64, float64: complex128, bfloat16: complex64}
# c10's ScalarType names, as kernels' errors print them ("gt_cpu" not implemented for 'UInt16').
_SCALAR_NAME = {"float16": "Half", "bfloat16": "BFloat16", "int64": "Long", "int32": "Int", "int16": "Short",
                "int8": "Char", "uint8": "Byte", "bool": "Bool", "float32": "Float", "float64": "Double",
                "complex64": "ComplexFloat", "complex128": "ComplexDouble", "uint16": "UInt16", "uint32": "UInt32",
                "uint64": "UInt64", **{d.name: d.name.capitalize() for d in FLOAT8},
                "qint8": "QInt8", "quint8": "QUInt8", "qint32": "QInt32", "quint4x2": "QUInt4x2"}
_BY_NAME = {d.name: d for d in ALL}
_BY_NP = {d.np: d for d in ALL if d is not bfloat16 and d not in FLOAT8 and d not in QUANTIZED}

_LOW_HALF = np.uint32(0xFFFF)
_HIGH_HALF = np.uint32(0xFFFF0000)


def to_bfloat16_grid(data: np.ndarray) -> np.ndarray:
    """``data`` rounded to bfloat16 (to nearest, ties to even; as float32). A float32 array
    already on the grid comes back as it is, so views stay views."""
    if data.dtype != np.float32:
        data = np.asarray(data).astype(np.float32)  # a double goes to bfloat16 by way of float, as in C++
    bits = data.view(np.uint32)
    if not (bits & _LOW_HALF).any():
        return data
    # The C++ trick: add 0x7FFF plus the lowest kept bit, then drop the low half.
    rounded = ((bits + (np.uint32(0x7FFF) + ((bits >> np.uint32(16)) & np.uint32(1)))) & _HIGH_HALF).view(np.float32)
    nan = np.isnan(data)
    if nan.any():
        rounded = np.where(nan, np.float32(np.nan), rounded)
    return rounded.reshape(data.shape)


bfloat16._adjust = to_bfloat16_grid


def through_float(data: np.ndarray, target: dtype) -> np.ndarray:
    """``data`` ready for ``astype(target.np)``: a double goes to float16 by way of float, rounded
    twice, as ``c10::Half`` converts it (0.52368166 becomes 0.5234, not 0.5239)."""
    return data.astype(np.float32) if target is float16 and data.dtype == np.float64 else data

# PyTorch's aliases (torch.float is float32, torch.long is int64, ...).
ALIASES = {
    "float": float32, "double": float64, "half": float16, "long": int64, "int": int32,
    "short": int16, "bool": bool_, "uint8": uint8, "int8": int8, "cfloat": complex64, "cdouble": complex128,
}


def type_string(d: dtype) -> str:
    """A CPU tensor's type as some of PyTorch's errors print it: its legacy class (``torch.FloatTensor``),
    or c10's name for a type without one of TH's eight (bool, bfloat16, complex and the shell unsigned
    types: ``CPUBoolType``, ``CPUComplexFloatType``, ``CPUUInt16Type``)."""
    if d in SHELL or d in FLOAT8 or d.name in ("bool", "bfloat16") or d.is_complex:
        return f"CPU{_SCALAR_NAME[d.name]}Type"
    return f"torch.{d.legacy_name}"


def _by_name(name: str) -> dtype:
    return _BY_NAME[name]


def default_complex() -> dtype:
    """The type of a Python complex number as a tensor: complex128 when doubles are the default."""
    return complex128 if _default_float is float64 else complex64


def from_numpy_dtype(np_dtype) -> dtype:
    """The engine dtype of a numpy dtype; raises TypeError for ones PyTorch lacks."""
    np_dtype = np.dtype(np_dtype)
    if np_dtype.metadata is not None and "bfloat16" in np_dtype.metadata:
        return bfloat16
    if np_dtype.metadata is not None and "float8" in np_dtype.metadata:
        return _BY_NAME[np_dtype.metadata["float8"]]
    try:
        return _BY_NP[np_dtype]
    except KeyError:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{np.dtype(np_dtype).type.__name__}. The only supported "
            "types are: float64, float32, float16, complex64, complex128, int64, int32, int16, "
            "int8, uint64, uint32, uint16, uint8, and bool."
        ) from None


_default_float = float32


def get_default_dtype() -> dtype:
    return _default_float


def set_default_dtype(d: dtype) -> None:
    global _default_float
    if not isinstance(d, dtype):
        raise TypeError("invalid dtype object: only floating-point types are supported as the default type")
    if not d.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    _default_float = d


def category(d: dtype) -> int:
    """0 for bool, 1 for integers, 2 for floating point, 3 for complex."""
    if d is bool_:
        return 0
    return 2 if d.is_floating_point else 3 if d.is_complex else 1


def promote_types(a: dtype, b: dtype) -> dtype:
    """torch.promote_types for the real dtypes the engine has."""
    if a is b:
        return a
    if a in FLOAT8 or b in FLOAT8:
        raise RuntimeError("Promotion for Float8 Types is not supported, attempted to promote "
                           f"{_SCALAR_NAME[a.name]} and {_SCALAR_NAME[b.name]}")
    ca, cb = category(a), category(b)
    if ca != 2 and cb != 2 and (a in SHELL or b in SHELL):  # with a floating type: that type, as for any int
        raise RuntimeError("Promotion for uint16, uint32, uint64 types is not supported, attempted to promote "
                           f"{_SCALAR_NAME[a.name]} and {_SCALAR_NAME[b.name]}")
    if ca == 3 or cb == 3:  # complex with anything: the complex type wide enough for both parts
        ra, rb = a.to_real() if ca == 3 else a, b.to_real() if cb == 3 else b
        return promote_types(ra if ca == 3 or ra.is_floating_point else float32,
                             rb if cb == 3 or rb.is_floating_point else float32).to_complex()
    if ca != cb:
        return a if ca > cb else b
    if ca == 1:
        if {a, b} == {uint8, int8}:
            return int16
        return a if a._rank >= b._rank else b
    if {a, b} == {float16, bfloat16}:  # neither holds the other's values
        return float32
    return a if a._rank >= b._rank else b


def scalar_dtype(value) -> dtype:
    """The dtype PyTorch gives a Python number wrapped as a tensor operand."""
    if isinstance(value, bool):
        return bool_
    if isinstance(value, int):
        return int64
    if isinstance(value, (complex, np.complexfloating)):
        return default_complex()
    return _default_float


def _combine_categories(higher: dtype | None, lower: dtype | None) -> dtype | None:
    if higher is None:
        return lower
    if lower is None or higher.is_complex:
        return higher
    if lower.is_complex:  # a complex operand of lower rank keeps a floating type's width
        return higher.to_complex() if higher.is_floating_point else lower
    if higher.is_floating_point:
        return higher
    if higher is bool_ or lower.is_floating_point:
        return promote_types(higher, lower)
    return higher


def result_type(dim_dtypes, zero_dim_dtypes, scalar_dtypes) -> dtype:
    """PyTorch's result_type: dimensioned tensors outrank 0-d tensors, which outrank numbers.

    A lower-ranked operand only matters when it belongs to a higher category
    (``int_tensor * 2.5`` is float, ``float32_tensor * float64_zero_dim`` stays float32).
    """
    def fold(ds):
        out = None
        for d in ds:
            out = d if out is None else promote_types(out, d)
        return out

    res = _combine_categories(fold(dim_dtypes), _combine_categories(fold(zero_dim_dtypes), fold(scalar_dtypes)))
    return res if res is not None else _default_float


class finfo(metaclass=CType):
    """``torch.finfo``: the limits of a floating-point dtype (numbers from numpy, PyTorch's repr)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        given = info_argument("finfo", dtype, args, kwargs)
        d = get_default_dtype() if given is None else _PYTHON_TYPES.get(given, given)
        if isinstance(d, dtype) and d.is_complex:
            d = d.to_real()  # the limits of each part
        if not isinstance(d, dtype) or not d.is_floating_point:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle "
                            "'torch.finfo'")
        if d is bfloat16:  # float32's exponent range with 8 significant bits
            self.bits, self.eps, self.max = 16, 2.0 ** -7, float.fromhex("0x1.fep127")
            self.min, self.tiny, self.resolution = -self.max, 2.0 ** -126, 0.01
            self.smallest_normal = self.tiny
        elif d in FLOAT8:
            self.bits, self.resolution = 8, 1.0
            self.eps, self.max, self.min, self.tiny = _FLOAT8_LIMITS[d.name]
            self.smallest_normal = self.tiny
        else:
            info = np.finfo(d.np)
            self.bits = int(info.bits)
            self.eps = float(info.eps)
            self.max = float(info.max)
            self.min = float(info.min)
            self.tiny = self.smallest_normal = float(info.smallest_normal)
            self.resolution = float(10.0 ** -int(info.precision))
        self.dtype = d.name

    def __repr__(self) -> str:
        return (f"finfo(resolution={self.resolution:g}, min={self.min:g}, max={self.max:g}, eps={self.eps:g}, "
                f"smallest_normal={self.smallest_normal:g}, tiny={self.tiny:g}, dtype={self.dtype})")


class iinfo(metaclass=CType):
    """``torch.iinfo``: the limits of an integer dtype."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        given = info_argument("iinfo", dtype, args, kwargs)
        type = _PYTHON_TYPES.get(given, given)  # noqa: A001 - PyTorch's name
        if type.is_floating_point or type.is_complex:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        if type is bool_:
            raise TypeError("torch.bool is not supported by torch.iinfo")
        info = np.iinfo(type.np)
        self.bits = int(info.bits)
        self.max = int(info.max)
        self.min = int(info.min)
        self._type = type

    @property
    def dtype(self) -> str:
        if self._type in QUANTIZED:  # its limits are its integers'; its name is refused
            raise NotImplementedError(f"\"dtype\" not implemented for '{_SCALAR_NAME[self._type.name]}'")
        return self._type.name

    def __repr__(self) -> str:
        return f"iinfo(min={self.min:g}, max={self.max:g}, dtype={self.dtype})"


# float8's eps, max, min and smallest normal, as c10's numeric_limits give them
_FLOAT8_LIMITS = {"float8_e4m3fn": (0.125, 448.0, -448.0, 2.0 ** -6),
                  "float8_e5m2": (0.25, 57344.0, -57344.0, 2.0 ** -14),
                  "float8_e4m3fnuz": (0.125, 240.0, -240.0, 2.0 ** -7),
                  "float8_e5m2fnuz": (0.125, 57344.0, -57344.0, 2.0 ** -15),
                  "float8_e8m0fnu": (1.0, 2.0 ** 127, 2.0 ** -127, 2.0 ** -127)}

# the dtypes Python's own types stand for in finfo and iinfo
_PYTHON_TYPES: dict[Any, dtype] = {float: float64, int: int64, bool: bool_, complex: complex128}
c_named(finfo, "torch.finfo")
c_named(iinfo, "torch.iinfo")
