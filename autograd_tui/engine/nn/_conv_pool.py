"""``torch.nn.functional``'s linear layer, convolutions and pooling, in 2-D and 1-D.

PyTorch computes the 1-D forms with its 2-D kernels on a height of one: ``conv1d`` records the
same ``ConvolutionBackward0`` node as ``conv2d``, and the 1-D pools show the unsqueeze, the 2-D
pool and the squeeze in their graph. So do we.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

import numpy as np

from autograd_tui.engine import _tensor, dtypes, memory_formats
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _c_type, _scalar_name, make, warn_once
from autograd_tui.engine.amp import _lower_precision as lower_precision
from autograd_tui.engine.functions.parser import parser_error
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _conv_double as CD, _kernels as K
from autograd_tui.engine.parity import blas, conv as parity_conv
from autograd_tui.engine.record import RULES, record

IntOrPair = Union[int, Sequence[int]]
IntOrSingle = Union[int, Sequence[int]]


def _ntuple(value, n: int, name: str = "") -> tuple:
    """A size option as ``n`` ints: one int (or a one-element sequence) repeated, else each element."""
    if isinstance(value, (tuple, list)):
        if len(value) == 1:
            return (_int_size(value[0], name),) * n
        return tuple(_int_size(v, name) for v in value)
    return (_int_size(value, name),) * n


def _pair(value, name: str = "") -> tuple:
    return _ntuple(value, 2, name)


def _int_size(value: Any, name: str) -> int:
    """A size option's int; PyTorch's parser refuses a float (``stride=1.5``) rather than rounding it."""
    if isinstance(value, float):
        raise TypeError(f"argument '{name or 'size'}' must be tuple of ints, but found element of type float")
    return int(value)



# ============================================================================================
# Linear and convolution
# ============================================================================================
def linear(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None) -> Tensor:
    """``input @ weight.T + bias``, recorded the way PyTorch's linear is (addmm for 2-D input)."""
    if not isinstance(input, Tensor):
        raise TypeError(f"linear(): argument 'input' (position 1) must be Tensor, not {_F._type_name(input)}")
    if _State.autocast is not None:
        input, weight, bias = lower_precision(input, weight, bias)
    if weight.ndim == 1:  # PyTorch reads a 1-D weight as one output's row: input @ weight
        if bias is not None and input.ndim == 2:
            raise RuntimeError(f"mat2 must be a matrix, got {weight.ndim}-D tensor")
        out = _F.matmul(input, weight)
        return out if bias is None else out + bias
    if input._data.ndim == 2:  # (input is a Tensor: its array's ndim costs no property call)
        if bias is not None:
            # _F.t, not weight.t(): PyTorch's C++ linear calls no Python method, and the method
            # descriptor costs two Python calls on every layer
            return _F.addmm(bias, input, _F.t(weight))
        return _F.mm(input, weight.t())
    if input.ndim == 1 and bias is None:
        return _F.matmul(input, weight.t())
    if input.ndim == 0:
        raise RuntimeError("both arguments to linear need to be at least 1D, but they are 0D and 2D")
    if bias is not None and not input.is_contiguous():
        # ATen folds only a contiguous input into addmm; otherwise matmul, then the bias added in place
        out = _F.matmul(input, weight.t())
        return out.add_(bias)
    # Any other rank folds the leading dims into one batch dim and unfolds them afterwards.
    lead = tuple(input.shape[:-1])
    flat = input.reshape(-1, input.shape[-1])
    if bias is not None:
        return _F.addmm(bias, flat, weight.t()).view(lead + (weight.shape[0],))
    out = _F.mm(flat, weight.t())
    folded = make(out._data.reshape(lead + (weight.shape[0],)), out.dtype)
    if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
        return folded
    return record(RULES["unsafe_view"], (out,), folded, {"shape": out.shape})


def _conv_padding(padding, kernel, dilation, stride, in_hw=None) -> tuple:
    """((before, after),) per spatial dim of ``kernel``; 'same' pads the far side one more for an
    even span, as PyTorch does."""
    if isinstance(padding, str):
        if padding == "valid":
            return ((0, 0),) * len(kernel)
        if padding == "same":
            if any(s != 1 for s in stride):
                raise RuntimeError("padding='same' is not supported for strided convolutions")
            pads = []
            for k, d in zip(kernel, dilation):
                total = d * (k - 1)
                pads.append((total // 2, total - total // 2))
            if any(before != after for before, after in pads):
                warn_once("Using padding='same' with even kernel lengths and odd dilation may require a "
                          "zero-padded copy of the input be created (Triggered internally at "
                          "/__w/pytorch/pytorch/aten/src/ATen/native/Convolution.cpp:1101.)")
            return tuple(pads)
        raise RuntimeError(f"Invalid padding string: '{padding}'")
    return tuple((p, p) for p in _ntuple(padding, len(kernel)))


def conv2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrPair = 1,
           padding: Union[IntOrPair, str] = 0, dilation: IntOrPair = 1, groups: int = 1) -> Tensor:
    if _State.autocast is not None:
        input, weight, bias = lower_precision(input, weight, bias)
    _check_bias_dtype(input, bias)
    if input.ndim == 3:  # an unbatched image: add the batch dim, drop it again
        return conv2d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups).squeeze(0)
    if input.ndim != 4:
        raise RuntimeError("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of "
                           f"size: [{', '.join(str(d) for d in input.shape)}]")
    _check_weight_dims(input, weight, 2, groups, stride=stride, padding=padding, dilation=dilation)
    stride, dilation = _pair(stride), _pair(dilation)
    o, cg, kh, kw = weight.shape
    n, c, h, w = input.shape
    _check_channels(input, weight, bias, groups)
    pad = _conv_padding(padding, (kh, kw), dilation, stride, (h, w))
    _check_kernel_fits((h, w), pad, (kh, kw), dilation)
    check_dilation_positive(dilation)
    _check_weight_dtype(input, weight)
    out_hw = (K.out_size(h, kh, stride[0], sum(pad[0]), dilation[0]),
              K.out_size(w, kw, stride[1], sum(pad[1]), dilation[1]))
    channels_last = memory_formats.suggests_channels_last(input._data) \
        or memory_formats.suggests_channels_last(weight._data)
    data = _forward_data(input._data, weight._data, None if bias is None else bias._data,
                         stride, pad, dilation, groups, out_hw, channels_last)
    if channels_last:
        data = memory_formats.laid_out(data, memory_formats.channels_last)  # PyTorch's result follows them
    else:
        data = memory_formats.with_canonical_strides(data)
    out = make(data.astype(input.dtype.np, copy=False), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv2d"], (input, weight, bias), out,
               CD.conv_attrs(tuple(input.shape), tuple(weight.shape), stride, pad, dilation, groups, 2, bias))
    return out


def _forward_data(x: np.ndarray, w: np.ndarray, b, stride, pad, dilation, groups: int, out_hw,
                  channels_last: bool) -> np.ndarray:
    """A convolution's output: float32 in the order of PyTorch's kernel where it is known
    (``parity/conv.py``), else numpy's product."""
    data = parity_conv.forward(x, w, b, tuple(stride), pad, tuple(dilation), groups, tuple(out_hw),
                               blas.get_threads(), channels_last)
    if data is None:
        data = K.conv2d_forward(x, w, b, stride, pad, dilation, groups, out_hw)
    return data


def _c_name(d: dtypes.dtype) -> str:
    return {"float32": "float", "float64": "double", "float16": "c10::Half"}.get(d.name, d.name)


def _check_bias_dtype(input: Tensor, bias: Optional[Tensor]) -> None:
    # PyTorch compares the bias's dtype with the input's before any other check
    if bias is not None and bias.dtype is not input.dtype:
        raise RuntimeError(f"Input type ({_c_type(input.dtype)}) and bias type ({_c_type(bias.dtype)}) "
                           "should be the same")


def _check_bias_size(weight: Tensor, bias: Optional[Tensor]) -> None:
    if bias is not None and (bias.ndim != 1 or bias.shape[0] != weight.shape[0]):
        raise RuntimeError(f"Given weight of size [{_shape(weight)}], expected bias to be 1-dimensional with "
                           f"{weight.shape[0]} elements, but got bias of size [{_shape(bias)}] instead")


def _check_channels(input: Tensor, weight: Tensor, bias: Optional[Tensor], groups: int) -> None:
    """ATen's checks that the bias and the input's channels fit the weight (any convolution's rank)."""
    _check_bias_size(weight, bias)
    cg = weight.shape[1]
    if input.shape[1] != cg * groups:
        raise RuntimeError(f"Given groups={groups}, weight of size [{_shape(weight)}], expected "
                           f"input[{_shape(input)}] to have {cg * groups} channels, but got {input.shape[1]} "
                           "channels instead")


def _check_kernel_fits(sizes: Sequence[int], pad: Sequence[tuple], kernel: Sequence[int],
                       dilation: Sequence[int]) -> None:
    """ATen's check that the dilated kernel is no larger than the padded input, in every spatial dim."""
    padded = [size + sum(p) for size, p in zip(sizes, pad)]
    spans = [d * (k - 1) + 1 for k, d in zip(kernel, dilation)]
    if any(p < e for p, e in zip(padded, spans)):
        raise RuntimeError(f"Calculated padded input size per channel: ({' x '.join(map(str, padded))}). Kernel size: "
                           f"({' x '.join(map(str, spans))}). Kernel size can't be greater than actual input size")


def _max_pool_geometry(channels: int, sizes: Sequence[int], kernel: Sequence[int], strides: Sequence[int],
                       pads: Sequence[int], dils: Sequence[int], ceil_mode: bool) -> tuple[tuple, tuple]:
    """A max pool's output sizes, checked as ATen checks them (at least one window in every
    spatial dim), and the padding before and after each dim: with ceil_mode the last window may
    run past the padded input, so the padding after covers it."""
    out = tuple(K.out_size(s, k, st, 2 * p, d, ceil_mode, p)
                for s, k, st, p, d in zip(sizes, kernel, strides, pads, dils))
    if min(out) <= 0:
        raise RuntimeError(f"Given input size: ({channels}x{'x'.join(map(str, sizes))}). Calculated output size: "
                           f"({channels}x{'x'.join(map(str, out))}). Output size is too small")
    pad = tuple((p, max(p, (o - 1) * st + d * (k - 1) + 1 - s - p))
                for p, o, st, d, k, s in zip(pads, out, strides, dils, kernel, sizes))
    return out, pad


def _check_weight_dtype(input: Tensor, weight: Tensor, kernel: str = "slow_conv2d_cpu") -> None:
    """The weight's dtype, checked after the sizes by the CPU kernel the input's dtype selects."""
    if input.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{kernel}\" not implemented for 'Bool'")
    if input.dtype is weight.dtype:
        return
    if input.dtype is dtypes.bfloat16:  # this one goes to the oneDNN path, which words it its own way
        raise RuntimeError(f"Input type (CPUBFloat16Type) and weight type ({weight.type()}) should be the same "
                           "or input should be a MKLDNN tensor and weight is a dense tensor")
    raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found {_scalar_name(weight.dtype)}")


# ============================================================================================
# Pooling
# ============================================================================================
def _pool_args(kernel_size, stride, padding, dilation):
    kernel = _pair(kernel_size)
    stride = kernel if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) \
        else _pair(stride)
    return kernel, stride, _pair(padding), _pair(dilation)


def _c_half(value: int) -> int:
    """C++'s ``value / 2`` on integers: toward zero (Python's ``//`` floors a negative)."""
    return -(-value // 2) if value < 0 else value // 2


def check_pool_sizes(kernel: Sequence[int], stride: Sequence[int], padding: Sequence[int], dilation: Sequence[int],
                     names: str = "HW") -> None:
    """ATen's pooling checks, in its order: ``pooling_output_shape``'s for each dim in turn (stride
    not zero, padding not negative, at most half the window), then the shape check's signs."""
    for k, s, p, d in zip(kernel, stride, padding, dilation):
        if s == 0:
            raise RuntimeError("stride should not be zero")
        if p < 0:
            raise RuntimeError(f"pad must be non-negative, but got pad: {p}")
        if p > _c_half((k - 1) * d + 1):
            raise RuntimeError(f"pad should be at most half of effective kernel size, but got pad={p}, "
                               f"kernel_size={k} and dilation={d}")
    for values, what, prefix in ((kernel, "kernel size", "k"), (stride, "stride", "d"),
                                 (dilation, "dilation", "dilation")):
        if any(v <= 0 for v in values):
            got = " ".join(f"{prefix}{n}: {v}" for n, v in zip(names, values))
            raise RuntimeError(f"{what} should be greater than zero, but got {got}")


def _check_pool_arity(name: str, kernel_size: Any, stride: Any, dims: int = 2) -> None:
    """max_pool2d's, avg_pool2d's and max_pool3d's refusal of a kernel or stride of the wrong length."""
    count = "two" if dims == 2 else "three"
    if isinstance(kernel_size, (tuple, list)) and len(kernel_size) not in (1, dims):
        raise RuntimeError(f"{name}: kernel_size must either be a single int, or a tuple of {count} ints")
    if isinstance(stride, (tuple, list)) and len(stride) not in (0, 1, dims):
        raise RuntimeError(f"{name}: stride must either be omitted, a single int, or a tuple of {count} ints")


def _as_4d(input: Tensor, name: str):
    if input.ndim == 3:
        return input.unsqueeze(0), True
    if input.ndim != 4:
        if name == "max_pool2d":
            raise RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input")
        if name == "avg_pool2d" and input.ndim < 3:  # its kernel reads the size of dim -3 first
            if input.ndim == 0:
                raise IndexError("Dimension specified as -3 but tensor has no dimensions")
            _tensor.norm_dim(-3, input.ndim)
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but "
                           f"got:{list(input.shape)}")
    return input, False


def max_pool2d(input: Tensor, kernel_size: IntOrPair, stride: Optional[IntOrPair] = None,
               padding: IntOrPair = 0, dilation: IntOrPair = 1, ceil_mode: bool = False,
               return_indices: bool = False) -> Any:
    _check_pool_arity("max_pool2d", kernel_size, stride)
    kernel, strides, paddings, dilations = _pool_args(kernel_size, stride, padding, dilation)
    check_pool_sizes(kernel, strides, paddings, dilations)
    x, unbatched = _as_4d(input, "max_pool2d")
    if x.dtype is dtypes.bool_:
        raise NotImplementedError("\"max_pool2d\" not implemented for 'Bool'")
    out_hw, pad = _max_pool_geometry(x.shape[1], x.shape[2:], kernel, strides, paddings, dilations, ceil_mode)
    values, indices = K.max_pool2d_forward(x._data, kernel, strides, pad, dilations, out_hw)
    if unbatched:  # ATen's kernel takes (C, H, W) as it is: the node sits on the input itself
        values, indices = values[0], indices[0]
    out = make(values, input.dtype)
    idx = make(indices, dtypes.int64)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["max_pool2d"], (input,), out,
               {"in_shape": tuple(input.shape), "result1": idx,
                **shown_pool_args(2, kernel_size, stride, padding, dilation), "ceil_mode": ceil_mode})
    return (out, idx) if return_indices else out


def shown_conv_args(dims: int, stride: Any, padding: Any, dilation: Any, output_padding: Any,
                    bias: Optional[Tensor]) -> dict:
    """What a transposed or 3-D convolution's ``ConvolutionBackward0`` shows beside the engine's own
    geometry (``conv_stride``...): the sizes as ints per dim, ``transposed``, ``bias_sym_sizes_opt``."""
    return {"stride": _ntuple(stride, dims), "padding": _ntuple(padding, dims), "dilation": _ntuple(dilation, dims),
            "output_padding": _ntuple(output_padding, dims), "bias_sym_sizes_opt": (0,) if bias is None
            else tuple(bias.shape)}


def shown_pool_args(dims: int, kernel_size: Any, stride: Any, padding: Any, dilation: Any = None) -> dict:
    """A pooling node's ``_saved_kernel_size``, ``_saved_stride``... as PyTorch's shows them: an
    int spread over the dims, a list as given, an omitted stride as ()."""
    def sizes(value: Any) -> tuple:
        if value is None:
            return ()
        return tuple(int(v) for v in value) if isinstance(value, (tuple, list)) else (int(value),) * dims
    shown = {"kernel_size": sizes(kernel_size), "stride": sizes(stride), "padding": sizes(padding)}
    if dilation is not None:
        shown["dilation"] = sizes(dilation)
    return shown


def max_pool2d_with_indices(input: Tensor, kernel_size, stride=None, padding=0, dilation=1,
                            ceil_mode: bool = False, return_indices: bool = False) -> tuple:
    return max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, return_indices=True)


def avg_pool2d(input: Tensor, kernel_size: IntOrPair, stride: Optional[IntOrPair] = None,
               padding: IntOrPair = 0, ceil_mode: bool = False, count_include_pad: bool = True,
               divisor_override: Optional[int] = None) -> Tensor:
    _check_pool_arity("avg_pool2d", kernel_size, stride)
    if divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    kernel, strides, paddings, _ = _pool_args(kernel_size, stride, padding, 1)
    check_pool_sizes(kernel, strides, paddings, (1, 1))
    x, unbatched = _as_4d(input, "avg_pool2d")
    _floating_pool(x, "avg_pool2d", int64=True)
    h, w = x.shape[2:]
    out_hw = tuple(K.out_size(s, k, st, 2 * p, 1, ceil_mode, p)
                   for s, k, st, p in zip((h, w), kernel, strides, paddings))
    pad = tuple((p, max(p, (o - 1) * st + k - s - p))
                for p, o, st, k, s in zip(paddings, out_hw, strides, kernel, (h, w)))
    # The divisor counts padding only up to the declared padding, never the extra ceil_mode part.
    div_pad = tuple((p, min(e, p)) for p, (_, e) in zip(paddings, pad))
    view = K.windows(K.pad_nchw(x._data, pad), kernel, strides, (1, 1), out_hw)
    # ATen adds each window's elements row by row into a float (double for float64) accumulator
    acc = np.float64 if x.dtype.np == np.float64 else np.float32
    sums = np.zeros(view.shape[:4], dtype=acc)
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            sums += view[..., i, j]
    div = K.avg_pool_divisor((h, w), kernel, strides, div_pad, out_hw, count_include_pad, divisor_override)
    pooled = (sums / div.astype(acc)).astype(x.dtype.np, copy=False)
    out = make(pooled[0] if unbatched else pooled, x.dtype)  # (C, H, W) pooled as it is, as ATen does
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["avg_pool2d"], (input,), out,
               {"in_shape": tuple(input.shape), "pool_kernel": kernel, "pool_stride": strides, "pool_pad": pad,
                "divisor": div, **shown_pool_args(2, kernel_size, stride, padding), "ceil_mode": ceil_mode,
                "count_include_pad": count_include_pad, "divisor_override": divisor_override})
    return out


def adaptive_rank_check(input: Tensor, output_size: Any, dims: int) -> None:
    """The adaptive average pools' checks before their kernel's: PyTorch's Python wrapper wants a
    list of sizes to leave a dim before them; an output of ones is a mean over the last ``dims``
    dims (the first out of range, from the last, is named)."""
    if isinstance(output_size, (tuple, list)) and input.ndim <= len(output_size):
        raise ValueError(f"Input dimension should be at least {len(output_size) + 1}")
    if input.ndim < dims and output_size in (1, (1,) * dims, [1] * dims):
        for d in range(-1, -dims - 1, -1):
            _tensor.norm_dim(d, max(input.ndim, 1))  # (a 0-d tensor counts as 1-d)



def _adaptive_size(output_size, hw, input: Optional[Tensor] = None, name: str = "adaptive_avg_pool2d") -> tuple:
    if isinstance(output_size, float):  # PyTorch's Python wrapper takes len() of what is no int
        raise TypeError("object of type 'float' has no len()")
    if input is not None and isinstance(output_size, (tuple, list)) and any(isinstance(s, float) for s in output_size):
        # then hands the list to the builtin, whose parser refuses the float
        given = [hw[i] if s is None else s for i, s in enumerate(output_size)]  # None: the input's size
        error = parser_error(name, ("(Tensor input, tuple of ints[2] output_size)",), (input, given), {})
        if error is not None:
            raise error
    size = _pair(output_size) if not isinstance(output_size, (tuple, list)) else tuple(output_size)
    if len(size) == 1:
        size = (size[0], size[0])
    return tuple(hw[i] if s is None else int(s) for i, s in enumerate(size))


def adaptive_avg_pool2d(input: Tensor, output_size) -> Tensor:
    adaptive_rank_check(input, output_size, 2)
    out_hw = _adaptive_size(output_size, tuple(input.shape[-2:]), input) if input.ndim >= 2 else (output_size,) * 2
    if min(out_hw) < 0:
        raise RuntimeError("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but "
                           f"received {{{out_hw[0]}, {out_hw[1]}}}")
    if out_hw == (1, 1):  # what PyTorch does too (MeanBackward1, dims -1, -2), for a tensor of any rank
        return _F.mean(input, (-1, -2), keepdim=True)
    if input.ndim not in (3, 4):
        raise RuntimeError("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got "
                           f"{list(input.shape)}")
    if not (input.dtype.is_floating_point or input.dtype.is_complex):  # its kernel has no integer types
        raise NotImplementedError(f"\"adaptive_avg_pool2d\" not implemented for '{_F._scalar_type_name(input.dtype)}'")
    data = K.adaptive_avg_pool2d_forward(input._data, out_hw)
    out = make(data, input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["adaptive_avg_pool2d"], (input,), out, {"in_shape": tuple(input.shape)})
    return out


# ============================================================================================
# 1-D convolution and pooling
# ============================================================================================
def _single(value: IntOrSingle) -> int:
    return _int_size(value if not isinstance(value, (tuple, list)) else value[0], "")


def _shape(t: Tensor) -> str:
    return ", ".join(str(d) for d in t.shape)


def _check_weight_dims(input: Tensor, weight: Tensor, spatial: int, groups: int = 1, **params) -> None:
    """ATen's checks of a weight with as many dims as another convolution's, before any size is
    read: stride/padding/dilation (a number stands for ``spatial`` of them) must fit its dims; in
    between, the signs of groups, padding, stride and dilation (``check_conv_params``)."""
    if weight.ndim < 3:
        raise RuntimeError("weight should have at least three dimensions")
    check_param_arity(weight, spatial, groups, **params)
    check_conv_params(groups, **params)
    if input.ndim != weight.ndim:
        raise RuntimeError(f"Expected {weight.ndim}-dimensional input for {weight.ndim}-dimensional weight "
                           f"[{_shape(weight)}], but got {input.ndim}-dimensional input of size [{_shape(input)}] "
                           "instead")
    check_groups_of_weight(weight, groups)


def check_param_arity(weight: Tensor, spatial: int, groups: int, **params: Any) -> None:
    """ATen's expansion of a convolution's options (``expand_param_if_needed``), after its groups
    check: each (a number stands for ``spatial`` of them) has one value or one per weight dim."""
    if groups <= 0:
        raise RuntimeError("non-positive groups is not supported")
    k = weight.ndim - 2
    for name, value in params.items():
        if isinstance(value, str):
            continue
        values = list(value) if isinstance(value, (tuple, list)) else [value] * spatial
        if len(values) not in (1, k):
            raise RuntimeError(f"expected {name} to be a single integer value or a list of {k} values to match the "
                               f"convolution dimensions, but got {name}=[{', '.join(map(str, values))}]")


def _values(value: Any) -> list:
    """The ints of an option (a string padding such as 'same' has none)."""
    values = list(value) if isinstance(value, (tuple, list)) else [value]
    return [v for v in values if isinstance(v, int)]


def check_conv_params(groups: int, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                      output_padding: Any = None) -> None:
    """ATen's sign checks of a convolution's options, in its order (``check_input_shape_forward``);
    a zero dilation passes here and is refused by the kernel (``check_dilation_positive``)."""
    if groups <= 0:
        raise RuntimeError("non-positive groups is not supported")
    if any(p < 0 for p in _values(padding)):
        raise RuntimeError("negative padding is not supported")
    if any(p < 0 for p in _values(output_padding)):
        raise RuntimeError("negative output_padding is not supported")
    if any(s <= 0 for s in _values(stride)):
        raise RuntimeError("non-positive stride is not supported")
    if any(d < 0 for d in _values(dilation)):
        raise RuntimeError("dilation should be greater than zero")


def check_dilation_positive(dilation: Sequence[int], transposed: bool = False) -> None:
    """The kernels' own check, after the sizes' (a 1-D convolution reports its 2-D view's [1, d])."""
    if all(d > 0 for d in dilation):
        return
    if transposed:
        raise RuntimeError(f"dilation should be greater than zero, but got dilation_height: {dilation[0]}, "
                           f"dilation_width: {dilation[1]}")
    raise RuntimeError(f"dilation should be greater than zero, but got [{', '.join(map(str, dilation))}]")


def check_groups_of_weight(weight: Tensor, groups: int) -> None:
    if weight.shape[0] < groups:
        raise RuntimeError(f"Given groups={groups}, expected weight to be at least {groups} at dimension 0, but got "
                           f"weight of size [{_shape(weight)}] instead")
    if weight.shape[0] % groups:
        # (PyTorch's message nests the size in a second pair of brackets)
        raise RuntimeError(f"Given groups={groups}, expected weight to be divisible by {groups} at dimension 0, but "
                           f"got weight of size [[{_shape(weight)}]] instead")


def conv1d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrSingle = 1,
           padding: Union[IntOrSingle, str] = 0, dilation: IntOrSingle = 1, groups: int = 1) -> Tensor:
    if _State.autocast is not None:
        input, weight, bias = lower_precision(input, weight, bias)
    _check_bias_dtype(input, bias)
    if input.ndim == 2:  # an unbatched signal: add the batch dim, drop it again
        return conv1d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups).squeeze(0)
    if input.ndim != 3:
        raise RuntimeError("Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of "
                           f"size: [{_shape(input)}]")
    _check_weight_dims(input, weight, 1, groups, stride=stride, padding=padding, dilation=dilation)
    s, d = _single(stride), _single(dilation)
    o, cg, k = weight.shape
    n, c, length = input.shape
    _check_channels(input, weight, bias, groups)
    pad = _conv_padding(padding if isinstance(padding, str) else (0, _single(padding)), (1, k), (1, d),
                          (1, s), (1, length))
    _check_kernel_fits((length,), pad[1:], (k,), (d,))
    check_dilation_positive((1, d))
    _check_weight_dtype(input, weight)
    out_len = K.out_size(length, k, s, sum(pad[1]), d)
    data = _forward_data(input._data[:, :, None, :], weight._data[:, :, None, :],
                         None if bias is None else bias._data, (1, s), pad, (1, d), groups, (1, out_len), False)
    out = make(data.reshape(n, o, out_len).astype(input.dtype.np, copy=False), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv1d"], (input, weight, bias), out,
               CD.conv_attrs((n, c, 1, length), (o, cg, 1, k), (1, s), pad, (1, d), groups, 1, bias))
    return out


def _pool_check(input: Tensor, name: str) -> None:
    if input.ndim not in (2, 3):
        if name == "max_pool1d":
            raise RuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for "
                               f"input, but got:{list(input.shape)}")
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.ndim}-dimensional tensor for argument #1 "
                           f"'self' (while checking arguments for {name})")


def _floating_pool(input: Tensor, kernel: str, *, int64: bool = False) -> None:
    """max_pool1d's own kernel has no integer or bool versions in PyTorch (max_pool2d has), the
    average pools only an int64 one."""
    if not input.dtype.is_floating_point and not (int64 and input.dtype is dtypes.int64):
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{input.dtype.legacy_name[:-6]}'")


def _check_max_pool1d(kernel_size: Any, stride: Any, padding: Any, dilation: Any) -> None:
    """ATen's ``check_max_pool1d``, in its order."""
    for value, arg, kind in ((kernel_size, "kernel_size", "an int, list of ints or tuple of ints"),
                             (stride, "stride", "None, an int, list of ints, or tuple of ints"),
                             (padding, "padding", "an int, list of ints, or tuple of ints"),
                             (dilation, "dilation", "an int, list of ints, or tuple of ints")):
        if isinstance(value, (tuple, list)) and len(value) != 1:
            raise RuntimeError(f"max_pool1d() {arg} must be {kind} of size 1 but got size {len(value)}")
    k, s, p, d = (_single(v) for v in (kernel_size, stride, padding, dilation))
    if k <= 0:
        raise RuntimeError(f"max_pool1d() kernel_size must be greater than zero, but got {k}")
    if s <= 0:
        raise RuntimeError(f"max_pool1d() stride must be greater than zero, but got {s}")
    if p < 0:
        raise RuntimeError(f"max_pool1d() padding must be non-negative, but got {p}")
    if p > k // 2:
        raise RuntimeError(f"max_pool1d() padding should be at most half of kernel size, but got padding={p} and "
                           f"kernel_size={k}")
    if d <= 0:
        raise RuntimeError(f"max_pool1d() dilation must be greater than zero, but got {d}")


def max_pool1d(input: Tensor, kernel_size: IntOrSingle, stride: Optional[IntOrSingle] = None,
               padding: IntOrSingle = 0, dilation: IntOrSingle = 1, ceil_mode: bool = False,
               return_indices: bool = False) -> Any:
    _pool_check(input, "max_pool1d")
    stride = kernel_size if stride is None or (isinstance(stride, (list, tuple)) and not stride) else stride
    if return_indices:  # max_pool1d_with_indices: its own size checks, then the 2-D pool's
        for value, arg in ((kernel_size, "kernel_size"), (stride, "stride"), (padding, "padding"),
                           (dilation, "dilation")):
            if isinstance(value, (tuple, list)) and len(value) != 1:
                raise RuntimeError(f"max_pool1d() argument '{arg}' should contain one int (got {len(value)})")
    else:
        _check_max_pool1d(kernel_size, stride, padding, dilation)
        _floating_pool(input, "max_pool1d_impl")
    k, s = _single(kernel_size), _single(stride)
    out = max_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, _single(padding)), (1, _single(dilation)),
                       ceil_mode, return_indices)
    if return_indices:
        return out[0].squeeze(-2), out[1].squeeze(-2)
    return out.squeeze(-2)


def avg_pool1d(input: Tensor, kernel_size: IntOrSingle, stride: Optional[IntOrSingle] = None,
               padding: IntOrSingle = 0, ceil_mode: bool = False, count_include_pad: bool = True) -> Tensor:
    _pool_check(input, "avg_pool1d")
    for value, arg in ((kernel_size, "kernel_size"), (stride, "stride"), (padding, "padding")):
        if isinstance(value, (tuple, list)) and len(value) != 1 and (value or arg != "stride"):
            raise RuntimeError(f"avg_pool1d() argument '{arg}' should contain one int (got {len(value)})")
    k = _single(kernel_size)
    s = k if stride is None or (isinstance(stride, (list, tuple)) and not stride) else _single(stride)
    return avg_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, _single(padding)), ceil_mode,
                        count_include_pad).squeeze(-2)


def adaptive_avg_pool1d(input: Tensor, output_size: IntOrSingle) -> Tensor:
    _pool_check(input, "adaptive_avg_pool1d")
    return adaptive_avg_pool2d(input.unsqueeze(-2), (1, _single(output_size))).squeeze(-2)


def _adaptive_max_windows(x: np.ndarray, out_hw: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Each output's window [floor(o*H/OH), ceil((o+1)*H/OH)) per axis; the first largest value
    wins, a NaN always does (the last NaN), and its index is flat over H*W, as ATen's kernel."""
    n, c, h, w = x.shape
    oh_n, ow_n = out_hw
    out = np.empty((n, c, oh_n, ow_n), dtype=x.dtype)
    idx = np.empty((n, c, oh_n, ow_n), dtype=np.int64)
    for oh in range(oh_n):
        h0, h1 = (oh * h) // oh_n, -((-(oh + 1) * h) // oh_n)
        for ow in range(ow_n):
            w0, w1 = (ow * w) // ow_n, -((-(ow + 1) * w) // ow_n)
            window = x[:, :, h0:h1, w0:w1].reshape(n, c, -1)
            nan = np.isnan(window)
            last_nan = window.shape[-1] - 1 - np.argmax(nan[..., ::-1], axis=-1)
            k = np.where(nan.any(-1), last_nan, np.argmax(np.where(nan, -np.inf, window), axis=-1))
            out[:, :, oh, ow] = np.take_along_axis(window, k[..., None], -1)[..., 0]
            idx[:, :, oh, ow] = (h0 + k // (w1 - w0)) * w + w0 + k % (w1 - w0)
    return out, idx


def adaptive_max_pool2d(input: Tensor, output_size, return_indices: bool = False) -> Any:
    if input.ndim not in (3, 4):
        raise RuntimeError(f"adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: {list(input.shape)}")
    for d in range(1, input.ndim):
        if input.shape[d] == 0:
            raise RuntimeError("adaptive_max_pool2d(): Expected input to have non-zero size for non-batch "
                               f"dimensions, but input has sizes {list(input.shape)} with dimension {d} being empty")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"adaptive_max_pool2d\" not implemented for '{_F._scalar_type_name(input.dtype)}'")
    x = input if input.ndim == 4 else input.unsqueeze(0)
    out_hw = _adaptive_size(output_size, tuple(x.shape[-2:]), x, "adaptive_max_pool2d")
    if min(out_hw) < 0:  # PyTorch's empty() of the result refuses it
        shape = tuple(input.shape[:-2]) + out_hw
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(out_hw)}: "
                           f"[{', '.join(map(str, shape))}]")
    data, indices = _adaptive_max_windows(x._data, out_hw)
    if input.ndim == 3:  # ATen's kernel takes (C, H, W) as it is: the node sits on the input itself
        data, indices = data[0], indices[0]
    out = make(data, input.dtype)
    index = make(indices, dtypes.int64)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["adaptive_max_pool2d"], (input,), out, {"in_shape": tuple(input.shape), "result1": index})
    return (out, index) if return_indices else out


def adaptive_max_pool1d(input: Tensor, output_size: IntOrSingle, return_indices: bool = False) -> Any:
    if input.ndim not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.ndim}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for adaptive_max_pool1d)")
    for d in range(1, input.ndim):
        if input.shape[d] == 0:
            raise RuntimeError("adaptive_max_pool1d(): Expected input to have non-zero size for non-batch "
                               f"dimensions, but input has sizes {list(input.shape)} with dimension {d} being empty")
    if isinstance(output_size, (tuple, list)) and len(output_size) != 1:
        raise RuntimeError("adaptive_max_pool1d() argument 'output_size' should contain one int (got "
                           f"{len(output_size)})")
    out, index = adaptive_max_pool2d(input.unsqueeze(-2), (1, _single(output_size)), return_indices=True)
    out, index = out.squeeze(-2), index.squeeze(-2)
    return (out, index) if return_indices else out


def lp_pool2d(input: Tensor, norm_type: float, kernel_size: IntOrPair, stride: Optional[IntOrPair] = None,
              ceil_mode: bool = False) -> Tensor:
    """Power-average pooling, composed as PyTorch composes it (so its graph and rounding are theirs)."""
    kw, kh = _pair(kernel_size)
    if norm_type == float("inf"):
        return max_pool2d(input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    if norm_type == -float("inf"):
        return -max_pool2d(-input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    out = avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    return (_F.sign(out) * _F.relu(_F.abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def lp_pool1d(input: Tensor, norm_type: float, kernel_size: int, stride: Optional[IntOrSingle] = None,
              ceil_mode: bool = False) -> Tensor:
    if norm_type == float("inf"):
        return max_pool1d(input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    if norm_type == -float("inf"):
        return -max_pool1d(-input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    out = avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    return (_F.sign(out) * _F.relu(_F.abs(out))).mul(kernel_size).pow(1.0 / norm_type)
