"""How ``torch.tensor`` reads nested Python data, with PyTorch's rules: the shape from the first
element at each level, the dtype promoted over every scalar, tensor and numpy array inside, then
every element read with that dtype's reader."""
from __future__ import annotations

import numbers

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, check_numpy_strides, warn_once

# What torch.tensor reads as nested sequences (a range is one, as in PyTorch). A numpy array
# inside them is read as one too, element by element (hence PyTorch's warning about speed).
SEQUENCES = (list, tuple, range)

_MAX_DATA_DIMS = 128   # the nesting torch.tensor reads from Python data (its MAX_DIMS)

_LIST_OF_ARRAYS = (
    "Creating a tensor from a list of numpy.ndarrays is extremely slow. Please consider converting the list to a "
    "single numpy.ndarray with numpy.array() before converting to a tensor. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/utils/tensor_new.cpp:252.)"
)


def infer_array(data, float_target: bool = False, int_target: bool = False,
                target: dtypes.dtype | None = None) -> tuple:
    """(numpy array, engine dtype) for nested Python data, with PyTorch's inference rules.
    ``float_target``: the result becomes floating point, so an integer past int64 is read as a
    float (PyTorch's ``torch.tensor(2**70, dtype=torch.float32)``) instead of refused; ``int_target``:
    the result is an integer or bool tensor whatever the data (read by an integer reader); ``target``:
    the dtype asked for, whose reader reads every element (a tensor inside the data, through
    ``__index__`` for an integer or bool one)."""
    kind = type(data)
    if kind is list or kind is tuple:
        plain = plain_numbers(data)  # (flat numbers, shape, dtype)
        if plain is not None:
            return _as_array(plain[0], plain[1], plain[2], float_target)
    elif kind is float:   # the exact types first: the checks below go through numbers' abstract classes
        return np.asarray(data, np.float64), dtypes.get_default_dtype()
    elif kind is np.ndarray:
        return check_numpy_strides(data), dtypes.from_numpy_dtype(data.dtype)
    if isinstance(data, Tensor):
        return data._data, data.dtype
    if isinstance(data, np.ndarray):
        return check_numpy_strides(data), dtypes.from_numpy_dtype(data.dtype)
    if isinstance(data, (np.floating, np.integer, np.bool_, np.complexfloating)):
        return np.asarray(data), dtypes.from_numpy_dtype(data.dtype)
    if isinstance(data, bool):
        return np.asarray(data), dtypes.bool_
    if isinstance(data, numbers.Integral):
        if not -2**63 <= int(data) < 2**63:
            if float_target:
                return np.asarray(float(data)), dtypes.float64
            raise ValueError("Overflow when unpacking long long")
        return np.asarray(int(data), np.int64), dtypes.int64
    if isinstance(data, numbers.Real):
        return np.asarray(float(data), np.float64), dtypes.get_default_dtype()
    if isinstance(data, str):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    if isinstance(data, complex):
        return np.asarray(data, np.complex128), dtypes.default_complex()
    if not hasattr(data, "__len__") or isinstance(data, (dict, set, frozenset)):
        raise RuntimeError(f"Could not infer dtype of {type(data).__name__}")
    shape = _nested_shape(data)
    found: list = []
    _scan(data, found, ())   # PyTorch infers the dtype from every element before it reads any
    dtype = _promoted(found)
    if 0 in shape:  # nothing to fill
        return np.zeros(shape, _READ_AS.get(dtype.np.kind, dtype.np)), dtype
    flat: list = []
    try:
        _fill(data, flat, 0, shape, (), target or (dtypes.get_default_dtype() if float_target else dtype))
    except _MisplacedSequence as misplaced:  # a number slot holds a sequence: that dtype's reader fails
        if float_target or not int_target and dtype.is_floating_point:
            raise TypeError(f"must be real number, not {misplaced.kind}") from None
        raise TypeError(f"'{misplaced.kind}' object cannot be interpreted as an integer") from None
    return _as_array(flat, shape, dtype, float_target)


def _as_array(flat, shape: tuple, dtype: dtypes.dtype, float_target: bool) -> tuple:
    try:
        arr = np.array(flat, dtype=_READ_AS.get(dtype.np.kind, dtype.np)).reshape(shape)
    except OverflowError:   # an integer past int64, as PyTorch reads it
        if not float_target:
            raise ValueError("Overflow when unpacking long long") from None
        arr = np.array([float(v) for v in flat], dtype=np.float64).reshape(shape)
    return arr, dtype


_PLAIN_NUMBERS = frozenset((float, int, bool))


def plain_numbers(data: list | tuple) -> tuple | None:
    """(flat numbers, shape, dtype) of a non-empty list or tuple of Python floats, ints and bools, or
    of equally long such rows; None for anything else (read by the general scan and fill). The
    usual ``torch.tensor([1.0, 2.0])`` in one pass: the types are exact, so a numpy scalar (np.float64
    is a float) or any subclass takes the general path, and nothing here can hold itself."""
    rows = len(data)
    if not rows:
        return None
    first = type(data[0])
    if first is list or first is tuple:
        width = len(data[0])
        if not width:
            return None
        flat: list | tuple = []
        for row in data:
            kind = type(row)
            if kind is not list and kind is not tuple or len(row) != width:
                return None
            flat.extend(row)   # type: ignore[union-attr]
        shape: tuple = (rows, width)
    else:
        flat, shape = data, (rows,)
    kinds = set(map(type, flat))
    if not kinds <= _PLAIN_NUMBERS:
        return None
    # PyTorch's promotion of these three: any float gives the default dtype, else any int int64
    dtype = dtypes.get_default_dtype() if float in kinds else dtypes.int64 if int in kinds else dtypes.bool_
    return flat, shape, dtype


def read_uint64(data) -> np.ndarray:
    """Python data as PyTorch's reader for ``torch.uint64`` takes it: Python ints (and bools) from 0
    to 2**64 - 1 only; a float or any numpy scalar is refused (so ``torch.tensor(np.uint64(5))`` is)."""
    shape = _nested_shape(data)
    flat: list = []
    _fill(data, flat, 0, shape, (), dtypes.uint64)
    for item in flat:
        if isinstance(item, np.generic) or not isinstance(item, numbers.Integral):
            raise TypeError("an integer is required")
        value = int(item)
        if value < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if value >= 2**64:
            raise OverflowError("int too big to convert")
    return np.array(flat, dtype=np.uint64).reshape(shape)


class _MisplacedSequence(Exception):
    """A sequence where the nested data's shape (read from its first elements) has a number."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


_PYTHON_FLOAT = "float"   # stands for the default dtype, read when the scan ends
_PYTHON_COMPLEX = "complex"   # the default complex dtype, likewise
_READ_AS = {"f": np.float64, "c": np.complex128}   # Python numbers are read in double precision first


def _scan(data, found: list, ancestors: tuple) -> None:
    """The dtype of every scalar, tensor and array anywhere in nested data, whatever its structure."""
    if isinstance(data, SEQUENCES):
        if any(data is a for a in ancestors):
            raise TypeError("new(): self-referential lists are incompatible")
        if len(data) == 0:
            found.append(_PYTHON_FLOAT)
        ancestors += (data,)
        for item in data:
            _scan(item, found, ancestors)
    elif isinstance(data, Tensor):
        found.append(data.dtype)
    elif isinstance(data, np.ndarray):
        warn_once(_LIST_OF_ARRAYS)
        found.append(dtypes.from_numpy_dtype(data.dtype))
    elif isinstance(data, str):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    elif isinstance(data, (np.floating, np.integer, np.bool_, np.complexfloating)):  # a numpy scalar keeps its dtype
        found.append(dtypes.from_numpy_dtype(data.dtype))
    elif isinstance(data, bool):
        found.append(dtypes.bool_)
    elif isinstance(data, numbers.Integral):
        found.append(dtypes.int64)
    elif isinstance(data, numbers.Real):
        found.append(_PYTHON_FLOAT)
    elif isinstance(data, complex):
        found.append(_PYTHON_COMPLEX)
    else:
        raise RuntimeError(f"Could not infer dtype of {type(data).__name__}")


def _promoted(found: list) -> dtypes.dtype:
    result = None
    for d in found:
        if d is _PYTHON_FLOAT or d is _PYTHON_COMPLEX:
            d = dtypes.get_default_dtype() if d is _PYTHON_FLOAT else dtypes.default_complex()
        result = d if result is None else dtypes.promote_types(result, d)
    return result or dtypes.get_default_dtype()


def _nested_shape(data) -> tuple:
    shape: list[int] = []
    chain: set[int] = set()
    # PyTorch reads a tensor inside a list as one scalar, whatever its shape; an array as a sequence
    while isinstance(data, SEQUENCES) or shape and isinstance(data, np.ndarray):
        if id(data) in chain:  # [x] holding itself first: PyTorch runs out of dimensions
            raise ValueError(f"too many dimensions '{type(data).__name__}'")
        chain.add(id(data))
        shape.append(len(data))   # a 0-d array: Python's own "len() of unsized object", as in PyTorch
        if len(shape) > _MAX_DATA_DIMS:   # PyTorch's own limit; deeper data used to recurse to a RecursionError
            raise ValueError(f"too many dimensions '{type(data).__name__}'")
        if len(data) == 0:
            break
        data = data[0]
        if isinstance(data, str):  # a string (numpy's too) is a sequence to PyTorch's size reader: it never ends
            raise ValueError("too many dimensions 'str'")
    return tuple(shape)


def _fill(data, flat: list, depth: int, shape: tuple, ancestors: tuple, dtype: dtypes.dtype) -> None:
    if depth == len(shape):
        _fill_scalar(data, flat, dtype)
        return
    if isinstance(data, np.ndarray) and data.shape == shape[depth:]:
        flat.extend(data.ravel().tolist())  # the whole block at once; a misshapen one is read item by item
        return
    if not isinstance(data, (*SEQUENCES, Tensor, np.ndarray)):
        raise TypeError("not a sequence")
    if len(data) != shape[depth]:
        raise ValueError(f"expected sequence of length {shape[depth]} at dim {depth} (got {len(data)})")
    ancestors += (data,)
    for item in data:
        _fill(item, flat, depth + 1, shape, ancestors, dtype)


def _fill_scalar(data, flat: list, dtype: dtypes.dtype) -> None:
    if isinstance(data, str):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    if isinstance(data, SEQUENCES):
        raise _MisplacedSequence(type(data).__name__)
    if isinstance(data, Tensor):
        if not (dtype.is_floating_point or dtype.is_complex):
            # an integer or bool result reads each tensor through __index__, as PyTorch's C++ does
            flat.append(data.__index__())
            return
        # warns as float() does for a tensor requiring grad, before refusing more than one element
        flat.append(data._scalar_for("item"))
    elif isinstance(data, np.ndarray):
        if data.ndim:
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
        flat.append(data.item())
    elif isinstance(data, np.bool_) and not dtype.is_floating_point and dtype is not dtypes.bool_:
        # PyTorch's integer reader takes Python's bool (an int) but not numpy's
        raise TypeError("'numpy.bool' object cannot be interpreted as an integer")
    else:
        flat.append(data)
