"""``torch.nn.grad`` (also ``torch.nn.functional.grad``): a convolution's input and weight gradients
as functions of their own, given the other operand's shape and the output gradient.

PyTorch computes them with the op its autograd runs for a convolution's backward
(``convolution_backward``), so they are the gradients ``loss.backward()`` leaves, value for value.
The engine does the same: it runs the convolution forward on a zero placeholder of the missing
operand's shape (which makes every check of the options, channels and _dtypes PyTorch's) and takes
that convolution's gradient for the output gradient given. When the weight, input or output
gradient requires grad, the result has a graph, as PyTorch's ``ConvolutionBackwardBackward0``.
"""
from __future__ import annotations as _annotations

from typing import Any as _Any, Callable as _Callable, Sequence as _Sequence

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.grad_mode import _State, enable_grad as _enable_grad
from autograd_tui.engine.nn import _conv3d, _conv_pool
from autograd_tui.engine.nn._conv_pool import _shape
from autograd_tui.engine.parity import blas as _blas, conv as _parity_conv

_Size = _Sequence[int]
_CONVS: dict[int, _Callable[..., _Tensor]] = {1: _conv_pool.conv1d, 2: _conv_pool.conv2d, 3: _conv3d.conv3d}


_SCHEMA = ("aten::convolution_backward() Expected a value of type 'List[int]' for argument 'padding' but "
           "instead found type 'tuple'.\nPosition: 5\nValue: {value}\nDeclaration: aten::convolution_backward{out}("
           "Tensor grad_output, Tensor input, Tensor weight, SymInt[]? bias_sizes, SymInt[] stride, SymInt[] padding, "
           "SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups, bool[3] output_mask{outs}) -> "
           "{returns}\nCast error details: Unable to cast Python instance of type <class 'str'> to C++ type '?' "
           "(#define PYBIND11_DETAILED_ERROR_MESSAGES or compile in debug mode for details)\n\n")


def _check_padding(padding: _Any) -> None:
    """``convolution_backward`` takes a list of ints: a string ('same') fails its schema (PyTorch's
    ``_pair('same')`` has made it a tuple of letters), in both of the op's overloads."""
    if isinstance(padding, str):
        value = tuple(padding)
        plain = _SCHEMA.format(out="", value=value, outs="", returns="(Tensor, Tensor, Tensor)")
        out = _SCHEMA.format(out=".out", value=value,
                             outs=", *, Tensor(a!) out0, Tensor(b!) out1, Tensor(c!) out2",
                             returns="(Tensor(a!), Tensor(b!), Tensor(c!))")
        raise RuntimeError("Overloaded torch operator invoked from Python failed to match any schema:\n" + plain + out)


_ONEDNN = ("could not create a primitive descriptor for the convolution forward propagation primitive. Run workload "
           "with environment variable ONEDNN_VERBOSE=all to get additional diagnostic information.")


def _values(option: _Any) -> list:
    return list(option) if isinstance(option, (tuple, list)) else [option]


def _onednn(input: _Tensor, weight: _Tensor, stride: _Any, dilation: _Any, groups: int) -> bool:
    """Whether ATen runs this float32 convolution on oneDNN (``parity/conv.py``), whose errors differ
    from its own kernels' (a 1-D convolution as its 2-D view of height one)."""
    if input.dtype is not _dtypes.float32:
        return False
    x_shape = tuple(input.shape) if input.ndim != 3 else tuple(input.shape[:2]) + (1,) + tuple(input.shape[2:])
    kernel = tuple(weight.shape[2:])[-2:] if weight.ndim != 3 else (1, weight.shape[2])
    return _parity_conv.uses_onednn(x_shape, kernel, groups, any(v != 1 for v in _values(stride)),
                                   any(v != 1 for v in _values(dilation)), _blas.get_threads())


def _check_options(input: _Tensor, weight: _Tensor, grad_output: _Tensor, padding: _Any, groups: int,
                   onednn: _Callable[[], bool]) -> None:
    """``convolution_backward``'s own checks, in its order, before those it shares with the forward."""
    if groups <= 0:
        raise RuntimeError(f"expected groups to be greater than 0, but got groups={groups}")
    _check_padding(padding)
    if input.ndim != weight.ndim:
        raise RuntimeError(f"Expected {weight.ndim}-dimensional input for {weight.ndim}-dimensional weight "
                           f"[{_shape(weight)}], but got {input.ndim}-dimensional input of size [{_shape(input)}] "
                           "instead")
    if grad_output.ndim != input.ndim:
        raise RuntimeError("Expected input and grad_output to have the same number of dimensions, but got: "
                           f"{input.ndim} and {grad_output.ndim}")
    for other in (weight, grad_output):
        if other.dtype is not input.dtype:
            if onednn():
                raise RuntimeError("itensor_view_from_dense expects float/bfloat16/half/int8/fp8 tensor input"
                                   + _dtypes._SCALAR_NAME[other.dtype.name])
            raise RuntimeError(f"expected scalar type {_dtypes._SCALAR_NAME[input.dtype.name]} but found "
                               f"{_dtypes._SCALAR_NAME[other.dtype.name]}")


def _check_grad_output(grad_output: _Tensor, output_shape: _Size, onednn: bool, dilated: bool) -> None:
    """The output gradient's sizes, as the kernel PyTorch picks checks them: oneDNN's descriptor
    refuses any other size; the dilated kernel names the sizes of its 2-D or 3-D view; ATen's own
    checks the channels, then each spatial size, as its 2-D or 3-D view sees them (a 1-D
    convolution's length is its view's dim 3)."""
    got, want = tuple(grad_output.shape), tuple(output_shape)
    if onednn:
        if got != want:
            raise RuntimeError(_ONEDNN)
        return
    if dilated and got[2:] != want[2:]:
        view = lambda sizes: (1,) + sizes if len(sizes) == 1 else sizes  # noqa: E731
        raise RuntimeError(f"grad_output[2:] shape[{', '.join(map(str, view(got[2:])))}] must be equal to "
                           f"output size {' '.join(map(str, view(want[2:])))}")
    if len(want) == 3:
        got, want = got[:2] + (1,) + got[2:], want[:2] + (1,) + want[2:]
    for dim in range(1, len(want)):
        if got[dim] != want[dim]:
            raise RuntimeError(f"Expected a tensor of dimension {len(want)} and tensor.size[{dim}] == {want[dim]} but "
                               f"got: dimension {len(got)} and tensor.size[{dim}] = {got[dim]}")


def _gradient(spatial: int, input: _Tensor, weight: _Tensor, grad_output: _Tensor, of: _Tensor,
              options: tuple) -> _Tensor:
    """The gradient of ``conv(input, weight)`` for ``of`` (the placeholder one of them is)."""
    stride, padding, dilation, groups = options
    onednn = lambda: _onednn(input, weight, stride, dilation, groups)  # noqa: E731
    _check_options(input, weight, grad_output, padding, groups, onednn)
    graph = _State.enabled and any(t.requires_grad for t in (input, weight, grad_output) if t is not of)
    with _enable_grad():
        out = _CONVS[spatial](input, weight, None, stride, padding, dilation, groups)
    _check_grad_output(grad_output, tuple(out.shape), onednn(), any(d != 1 for d in _values(dilation)))
    return _F.autograd_grad((out,), (of,), (grad_output,), None, graph, True, None, False, False)[0]


def _placeholder(size: _Size, like: _Tensor) -> _Tensor:
    return _F.zeros(tuple(size), dtype=like.dtype).requires_grad_()


def _input_grad(spatial: int, input_size: _Size, weight: _Tensor, grad_output: _Tensor, *options: _Any) -> _Tensor:
    placeholder = _placeholder(input_size, grad_output)
    return _gradient(spatial, placeholder, weight, grad_output, placeholder, options)


def _weight_grad(spatial: int, input: _Tensor, weight_size: _Size, grad_output: _Tensor, *options: _Any) -> _Tensor:
    placeholder = _placeholder(weight_size, grad_output)
    return _gradient(spatial, input, placeholder, grad_output, placeholder, options)


def conv1d_input(input_size: _Size, weight: _Tensor, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                 dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv1d`` for its input, of shape ``input_size``."""
    return _input_grad(1, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv1d_weight(input: _Tensor, weight_size: _Size, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                  dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv1d`` for its weight, of shape ``weight_size``."""
    return _weight_grad(1, input, weight_size, grad_output, stride, padding, dilation, groups)


def conv2d_input(input_size: _Size, weight: _Tensor, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                 dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv2d`` for its input, of shape ``input_size``."""
    return _input_grad(2, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv2d_weight(input: _Tensor, weight_size: _Size, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                  dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv2d`` for its weight, of shape ``weight_size``."""
    return _weight_grad(2, input, weight_size, grad_output, stride, padding, dilation, groups)


def conv3d_input(input_size: _Size, weight: _Tensor, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                 dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv3d`` for its input, of shape ``input_size``."""
    return _input_grad(3, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv3d_weight(input: _Tensor, weight_size: _Size, grad_output: _Tensor, stride: _Any = 1, padding: _Any = 0,
                  dilation: _Any = 1, groups: int = 1) -> _Tensor:
    """The gradient of ``F.conv3d`` for its weight, of shape ``weight_size``."""
    return _weight_grad(3, input, weight_size, grad_output, stride, padding, dilation, groups)


for _function in (conv1d_input, conv1d_weight, conv2d_input, conv2d_weight, conv3d_input, conv3d_weight):
    _function.__module__ = "torch.nn.grad"

__getattr__ = _missing.module_getattr("torch.nn.grad")
__dir__ = _missing.module_dir("torch.nn.grad", globals())
