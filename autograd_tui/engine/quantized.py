"""Quantized tensors: ``torch.quantize_per_tensor``, ``quantize_per_channel``, and what they hold.

A quantized tensor holds integers (``int_repr()``: a numpy array of int8, uint8 or int32) and the
affine map back to floats: one scale and zero point (``torch.per_tensor_affine``) or one per slice
along an axis (``torch.per_channel_affine``). Its values are ``(q - zero_point) * scale``.

The arithmetic is PyTorch 2.13's on x86 (measured against it on thousands of values, ties
included; none of it goes through MKL):

- per tensor, qint8 and quint8 (fbgemm's AVX2 kernel): ``nearbyint(x * inv + zero_point)`` with
  ``inv = 1.0f / scale`` in float32 and the product and sum fused (one rounding), then clamped;
- per tensor, qint32, and per channel (ATen's loops): ``nearbyint(float(x * inv) + zero_point)``,
  two float32 roundings;
- dequantize: ``(q - zero_point) * scale`` in float32 per tensor, in double per channel (the
  scales are doubles), rounded once to float32.

PyTorch runs few ops on them; everything else raises, each op in its own words (``x + 1``: ``empty_strided
not supported on quantized tensors yet``; ``x.sum()``: the dispatcher's ``Could not run
'aten::sum.IntList_out' with arguments from the 'QuantizedCPU' backend`` and its list of backends),
recorded by ``tools/record_quantized_refusals.py`` into ``quantized_refusals.json.xz``. An op PyTorch
runs on them that the engine lacks says so (``--backend torch`` runs it); the public entries are
rerouted through that check once a quantized tensor exists (``meta.reroute``).
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import dtypes, meta, missing
from autograd_tui.engine._c_types import Uncreatable, c_named, sealed
from autograd_tui.engine._tensor import Tensor, make, warn_once
from autograd_tui.engine.float8 import owner_of
from autograd_tui.engine.parity import printing


class qscheme(metaclass=Uncreatable):
    """``torch.per_tensor_affine`` and the other quantization schemes (``<class 'torch.qscheme'>``)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "torch." + self.name

    __str__ = __repr__

    def __reduce__(self) -> str:
        return self.name


c_named(qscheme, "torch.qscheme")
per_tensor_affine = qscheme("per_tensor_affine")
per_channel_affine = qscheme("per_channel_affine")
per_tensor_symmetric = qscheme("per_tensor_symmetric")
per_channel_symmetric = qscheme("per_channel_symmetric")
per_channel_affine_float_qparams = qscheme("per_channel_affine_float_qparams")
sealed(qscheme)

_DEPRECATED = (
    "torch.quantize_per_tensor, torch.quantize_per_channel and other quantized tensor creation functions that "
    "produce tensors with dtype torch.quint8, torch.qint8, and torch.qint32 are deprecated and will be removed in "
    "a future PyTorch release. Please see https://github.com/pytorch/pytorch/issues/184982 for more information. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/quantized/Quantizer.cpp:111.)")
_LIMITS = {"qint8": (-128, 127), "quint8": (0, 255), "qint32": (-2 ** 31, 2 ** 31 - 1)}


class QuantizedTensor(Tensor):
    """A quantized tensor: ``_data`` holds its integers; ``_scale``, ``_zero_point`` (per tensor) or
    ``_scales`` (float64), ``_zero_points`` (int64) and ``_axis`` (per channel) the map to floats."""

    __slots__ = ()
    _scale: float
    _zero_point: int
    _scales: np.ndarray
    _zero_points: np.ndarray
    _axis: int | None = None

    @property
    def is_quantized(self) -> bool:
        return True

    def qscheme(self) -> qscheme:
        return per_tensor_affine if self._axis is None else per_channel_affine

    def int_repr(self) -> Tensor:
        return make(self._data.copy(), _INT_OF[self.dtype.name])

    def q_scale(self) -> float:
        self._require(per_tensor=True)
        return self._scale

    def q_zero_point(self) -> int:
        self._require(per_tensor=True)
        return self._zero_point

    def q_per_channel_scales(self) -> Tensor:
        self._require(per_tensor=False)
        return make(self._scales.copy(), dtypes.float64)

    def q_per_channel_zero_points(self) -> Tensor:
        self._require(per_tensor=False)
        return make(self._zero_points.copy(), dtypes.int64)

    def q_per_channel_axis(self) -> int:
        self._require(per_tensor=False)
        return int(self._axis)  # type: ignore[arg-type]

    def _require(self, per_tensor: bool) -> None:
        if per_tensor and self._axis is not None:
            raise RuntimeError("Expected quantizer->qscheme() == kPerTensorAffine to be true, but got false.  "
                               "(Could this error message be improved?  If so, please report an enhancement "
                               "request to PyTorch.)")
        if not per_tensor and self._axis is None:
            raise RuntimeError("Expected quantizer->qscheme() == kPerChannelAffine || quantizer->qscheme() == "
                               "kPerChannelAffineFloatQParams to be true, but got false.  (Could this error message "
                               "be improved?  If so, please report an enhancement request to PyTorch.)")

    def dequantize(self) -> Tensor:
        q = self._data
        if self._axis is None:
            values = (q.astype(np.float32) - np.float32(self._zero_point)) * np.float32(self._scale)
        else:
            along = [1] * q.ndim
            along[self._axis] = -1
            values = ((q.astype(np.float64) - self._zero_points.reshape(along)) * self._scales.reshape(along))
        return make(values.astype(np.float32), dtypes.float32)

    def is_floating_point(self) -> bool:
        return False

    def element_size(self) -> int:
        return self.dtype.itemsize

    def type(self, dtype: Any = None, non_blocking: bool = False, **kwargs: Any) -> Any:
        if dtype is None and not kwargs:
            return "torch." + self.dtype.legacy_name
        raise missing.not_in_engine("Tensor.type(dtype) on a quantized tensor")

    def clone(self, *, memory_format: Any = None) -> "QuantizedTensor":
        return _like(self, self._data.copy())

    def detach(self) -> "QuantizedTensor":
        return _like(self, self._data)

    def contiguous(self, memory_format: Any = None) -> "QuantizedTensor":
        return self

    def __repr__(self, *, tensor_contents: Any = None) -> str:  # type: ignore[override]  # (the same signature)
        # PyTorch's _tensor_str for a quantized tensor: the dequantized values, then its quantizer
        indent = len("tensor(")
        values = self.dequantize()._data
        suffixes = ["size=" + str(tuple(self.shape)), f"dtype={self.dtype!r}",
                    f"quantization_scheme={self.qscheme()!r}"]
        if self._axis is None:
            suffixes += [f"scale={self._scale!r}", f"zero_point={self._zero_point!r}"]
        else:
            suffixes += ["scale=" + printing.format_tensor(self._scales, dtypes.float64),
                         "zero_point=" + printing.format_tensor(self._zero_points, dtypes.int64),
                         f"axis={self._axis}"]
        return printing.append_suffixes("tensor(" + printing.format_body(values, dtypes.float32, indent),
                                        suffixes, indent)

    __str__ = __repr__  # type: ignore[assignment]

    def numpy(self, *, force: bool = False) -> np.ndarray:
        raise TypeError(f"Got unsupported ScalarType {dtypes._SCALAR_NAME[self.dtype.name]}")

    def tolist(self) -> Any:
        raise RuntimeError("load_scalar: invalid type")

    def item(self) -> float:
        if self._data.size != 1:
            raise RuntimeError(f"a Tensor with {self._data.size} elements cannot be converted to Scalar")
        return float(self.dequantize()._data.reshape(()))

    def requires_grad_(self, requires_grad: bool = True) -> "QuantizedTensor":
        if requires_grad:
            raise RuntimeError("only Tensors of floating point dtype can require gradients")
        return self

    @property  # type: ignore[misc]
    def data(self) -> "QuantizedTensor":  # type: ignore[override]
        return _like(self, self._data)

    def to(self, *args: Any, **kwargs: Any) -> "QuantizedTensor":
        asked = [a for a in (*args, kwargs.get("dtype")) if isinstance(a, dtypes.dtype)]
        if asked and asked[0] is not self.dtype:
            raise RuntimeError("Creation of quantized tensor requires quantized dtype like torch.quint8")
        return self

    def cpu(self, memory_format: Any = None) -> "QuantizedTensor":
        return self

    def relu(self) -> "QuantizedTensor":
        """The integers below the zero point (the values below 0) raised to it."""
        if self._axis is not None:
            raise missing.not_in_engine("Tensor.relu() on a tensor quantized per channel")
        return _like(self, np.maximum(self._data, self._zero_point).astype(self._data.dtype))


def _on_integers(name: str) -> Callable[..., Any]:
    """A method that moves values without computing any (views, indexing): the tensor op on the
    integers, the quantizer kept. Per channel the axis could move: the engine lacks those."""
    def method(self: QuantizedTensor, *args: Any, **kwargs: Any) -> QuantizedTensor:
        if self._axis is not None:
            raise missing.not_in_engine(f"Tensor.{name}() on a tensor quantized per channel")
        out = getattr(Tensor, name)(make(self._data, _INT_OF[self.dtype.name]), *args, **kwargs)
        return _like(self, out._data)
    method.__name__ = name
    return method


_MOVING = ("view", "reshape", "flatten", "unsqueeze", "squeeze", "t", "transpose", "permute", "expand",
           "__getitem__", "select", "narrow", "index_select")
for _name in _MOVING:
    setattr(QuantizedTensor, _name, _on_integers(_name))
del _name


_INT_OF = {"qint8": dtypes.int8, "quint8": dtypes.uint8, "qint32": dtypes.int32}


def _like(t: QuantizedTensor, data: np.ndarray) -> QuantizedTensor:
    out = _new(data, t.dtype)
    out._axis = t._axis
    if t._axis is None:
        out._scale, out._zero_point = t._scale, t._zero_point
    else:
        out._scales, out._zero_points = t._scales, t._zero_points
    return out


def _new(data: np.ndarray, dtype: dtypes.dtype) -> QuantizedTensor:
    activate()
    _making[0] = True
    try:
        return make(data, dtype, QuantizedTensor)  # type: ignore[return-value]
    finally:
        _making[0] = False


_making = [False]


def _plain_refused(data: np.ndarray) -> np.ndarray:
    """A quantized type's ``_adjust``: only a quantized tensor holds one (``x.to(torch.qint8)``,
    ``torch.zeros(2, dtype=torch.qint8)`` raise in PyTorch, each in its words; these are ``to``'s)."""
    if not _making[0]:
        raise RuntimeError("empty_strided not supported on quantized tensors yet see "
                           "https://github.com/pytorch/pytorch/issues/74540")
    return data


for _d in dtypes.QUANTIZED:
    _d._adjust = _plain_refused
del _d


def _number(value: Any, name: str) -> Any:
    return value.item() if isinstance(value, Tensor) else value


def _check_input(input: Any, dtype: Any) -> None:
    if not isinstance(dtype, dtypes.dtype) or dtype not in dtypes.QUANTIZED:
        name = dtypes._SCALAR_NAME.get(getattr(dtype, "name", ""), str(dtype))
        raise RuntimeError(f"ScalarType {name} is not supported in new_qtensor.")
    if input.dtype is not dtypes.float32:
        raise RuntimeError(f"Quantize only works on Float Tensor, got {dtypes._SCALAR_NAME[input.dtype.name]}")
    if dtype is dtypes.quint4x2:
        raise missing.not_in_engine("quantizing to torch.quint4x2 (two 4-bit values a byte)")


def _check_zero_point(zero_point: int, dtype: dtypes.dtype, kernel: str) -> None:
    low, high = _LIMITS[dtype.name]
    if zero_point > high:
        raise RuntimeError(f"{kernel} zero_point {zero_point} is above upper bound.")
    if zero_point < low:
        raise RuntimeError(f"{kernel} zero_point {zero_point} is below lower bound.")


def _rounded(x: np.ndarray, scale: float, zero_point: int, fused: bool) -> np.ndarray:
    """``x`` (float32) on the integer grid of ``scale``, shifted by ``zero_point``, before clamping."""
    inverse = np.float32(1.0) / np.float32(scale)
    if fused:  # fbgemm: x * inv + zero_point, one rounding (exact in double, then to float)
        shifted = (x.astype(np.float64) * np.float64(inverse) + zero_point).astype(np.float32)
    else:
        shifted = (x * inverse).astype(np.float32) + np.float32(zero_point)
    return np.rint(shifted)


def quantize_per_tensor(input: Tensor, scale: Any, zero_point: Any, dtype: dtypes.dtype) -> QuantizedTensor:
    """``torch.quantize_per_tensor``: ``input`` (float32) on the grid of one scale and zero point."""
    _check_input(input, dtype)
    scale, zero_point = float(_number(scale, "scale")), int(_number(zero_point, "zero_point"))
    _check_zero_point(zero_point, dtype, "quantize_tensor_per_tensor_affine")
    warn_once(_DEPRECATED)
    low, high = _LIMITS[dtype.name]
    with np.errstate(all="ignore"):
        q = _rounded(input._data, scale, zero_point, fused=dtype is not dtypes.qint32)
    out = _new(np.clip(np.nan_to_num(q), low, high).astype(dtype.np), dtype)
    out._scale, out._zero_point = scale, zero_point
    return out


def quantize_per_channel(input: Tensor, scales: Tensor, zero_points: Tensor, axis: int,
                         dtype: dtypes.dtype) -> QuantizedTensor:
    """``torch.quantize_per_channel``: a scale and zero point per slice of ``input`` along ``axis``."""
    _check_input(input, dtype)
    axis = axis + input.ndim if axis < 0 else axis
    scale_values = np.asarray(scales._data, np.float64).reshape(-1)
    zero_values = np.asarray(zero_points._data, np.int64).reshape(-1)
    for z in zero_values.tolist():
        _check_zero_point(z, dtype, "quantize_tensor_per_channel_affine")
    warn_once(_DEPRECATED)
    low, high = _LIMITS[dtype.name]
    q = np.empty(input.shape, dtype.np)
    for i in range(input.shape[axis]):
        index = (slice(None),) * axis + (i,)
        with np.errstate(all="ignore"):
            q[index] = np.clip(np.nan_to_num(_rounded(input._data[index], float(scale_values[i]),
                                                      int(zero_values[i]), fused=False)), low, high)
    out = _new(q, dtype)
    out._scales, out._zero_points, out._axis = scale_values, zero_values, axis
    return out


def dequantize(tensor: Any) -> Any:
    """``torch.dequantize``: a quantized tensor's float values (a list of them: each one's)."""
    if isinstance(tensor, (list, tuple)):
        return [dequantize(t) for t in tensor]
    return tensor.dequantize()


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return missing.packaged_refusals("quantized_refusals.json.xz")["refusals"]


# Tensor entries that read no values, answered as for any tensor
_ANSWERED = frozenset((
    "shape", "size", "dim", "ndim", "ndimension", "numel", "nelement", "__len__", "dtype", "device", "is_cuda",
    "is_cpu", "is_meta", "requires_grad", "is_leaf", "grad", "grad_fn", "is_complex", "is_sparse", "layout",
    "stride", "is_contiguous", "get_device", "data_ptr", "storage_offset", "__hash__", "__format__", "names",
    "is_inference", "output_nr", "_version", "__class__", "__dir__", "__reduce_ex__", "nbytes", "itemsize", "T",
    "H", "mT", "mH", "__deepcopy__"))
_AS_METHOD = frozenset((*_MOVING, "relu"))
def _kind(args: tuple) -> str:
    if not args:
        return ""
    first = args[0]
    return ("t" if isinstance(first, Tensor) else "n" if isinstance(first, (bool, int)) else
            "f" if isinstance(first, float) else "?")


def refusal(owner: str, name: str, args: tuple, kwargs: dict) -> Exception:
    """PyTorch's error for ``name`` on a quantized tensor with ``args`` after it (as recorded: at most
    one, no keyword), else that the engine lacks it."""
    found = _table().get(f"{owner}.{name}|{_kind(args)}") if len(args) <= 1 and not kwargs else None
    if found is None:
        what = f"Tensor.{name}()" if owner == "Tensor" else f"{owner}.{name}()"
        return missing.not_in_engine(what + " on a quantized tensor")
    return missing.recorded_error(*found)


def _involved(args: tuple, kwargs: dict) -> bool:
    for v in (*args, *kwargs.values()):
        if isinstance(v, QuantizedTensor):
            return True
        if isinstance(v, (list, tuple)) and any(isinstance(w, QuantizedTensor) for w in v):
            return True
    return False


def _entry(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    owner = owner_of(fn, name)
    if owner == "Tensor" and name in _ANSWERED or owner == "torch" and name in ("dequantize", "is_tensor"):
        return fn

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if not _involved(args, kwargs):
            return fn(*args, **kwargs)
        if owner != "Tensor" and name in _AS_METHOD and isinstance(args[0], QuantizedTensor):
            return getattr(args[0], name)(*args[1:], **kwargs)  # torch.relu(q), torch.flatten(q): the method's
        raise refusal(owner, name, args[1:] if args and isinstance(args[0], QuantizedTensor) else args, kwargs)
    return call


_routing = meta.Routing(_entry)  # switched on by the first quantized tensor
_saved = _routing.saved  # (what torch._reset_warn_once puts back, newest routing first)
activate, deactivate = _routing.activate, _routing.deactivate
