"""The embedded engine: a numpy implementation of the PyTorch subset that autograd learners use.

``import torch`` inside the tutor or ``autograd-tui run`` resolves to this package (see
``autograd_tui/torch_alias.py``). It imports only numpy, never the UI.

Layout, from the bottom up (each module imports only those before it): ``dtypes`` (types and
promotion), ``graph`` (nodes, AccumulateGrad, the backward pass), ``_tensor`` (the Tensor),
``record`` (how an op attaches its node), ``functions`` (the operations), ``derivatives`` (the
derivative table, one entry per op, written in those operations), ``methods`` (Tensor methods),
``autograd`` (the public torch.autograd surface); beside them ``parity/`` (printing, the
random generator, the order of additions, BLAS threads, float32 rounding: what makes output
bit-identical to PyTorch's), and ``nn``/``optim``/``vision`` (layers, optimizers, models).
``docs/engine-tour.md`` walks through ``z = x * y; z.backward()`` in this code.

Importing the engine changes three things for the whole process (see ``parity/README.md``):
OpenBLAS's thread count (``OPENBLAS_NUM_THREADS``, set before numpy loads it, unless the user
chose one), the garbage collector's first-generation threshold (raised to 10,000: deep graphs
are many small linked objects), and numpy's floating-point RuntimeWarnings raised in the engine's own modules, hidden
(PyTorch never warns about ``1/0``) by a warnings filter and by numpy's error state (``numpy_errors.py``); the caller's
own numpy still warns.
"""
from __future__ import annotations as _annotations

import builtins as _builtins
import importlib as _importlib
import inspect as _inspect
import types as _types

# First, before numpy: how many threads OpenBLAS runs (see parity/blas.py).
from autograd_tui.engine.parity import blas as _blas  # noqa: F401

from autograd_tui.engine import derivatives as _derivatives  # noqa: F401 - fills record.RULES
from autograd_tui.engine import derivatives_more as _derivatives_more  # noqa: F401 - and the rest of it
from autograd_tui.engine import derivatives_sparse as _derivatives_sparse  # noqa: F401 - sparse tensors' entries
from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import grad_mode as _grad_mode
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.compiled import compile  # noqa: F401, A004 - torch.compile
from autograd_tui.engine import numpy_errors as _numpy_errors
from autograd_tui.engine import public_names as _public_names
from autograd_tui.engine import old_linalg as _old_linalg
from autograd_tui.engine.functions.out import with_out as _with_out, with_tuple_out as _with_tuple_out
from autograd_tui.engine import functions as _F  # noqa: F401 - kept as torch._F
from autograd_tui.engine.functions._common import typename as typename
from autograd_tui.engine import methods as _methods
from autograd_tui.engine import subclassing as _subclassing
from autograd_tui.engine.lowrank import pca_lowrank, svd_lowrank  # noqa: F401 - torch.pca_lowrank
from autograd_tui.engine._tensor import (  # noqa: F401 - torch.Size, torch.device, the default device
    Size, Tensor, device, get_default_device, set_default_device,
)
from autograd_tui.engine.dtypes import dtype, finfo, get_default_dtype, iinfo, set_default_dtype  # noqa: F401
from autograd_tui.engine.functions import (  # noqa: F401 - the public torch.* surface
    abs, absolute, acos, acosh, add, arccos, arccosh, arcsin, arcsinh, arctan, arctan2, arctanh, asin, asinh,
    atan, atan2, atanh, cosh, sinh, det, inverse, matrix_power, matrix_exp, svd, pinverse, torch_slogdet as slogdet, qr,
    torch_cholesky as cholesky, logdet, cholesky_solve, cholesky_inverse, lu_unpack, binomial, multinomial, cross,
    unique,
    bincount, histc,
    histogram, histogramdd, einsum,
    bitwise_and, bitwise_or, bitwise_xor, frac, nan_to_num, scatter_add, scatter_reduce, bitwise_left_shift,
    bitwise_right_shift,
    addmm, all, allclose, amax, amin, any, arange, argmax, argmin, argsort, as_tensor, asarray,
    bernoulli, bitwise_not, bmm, broadcast_shapes, broadcast_to, can_cast, cat, ceil, chunk, clamp,
    clamp_max, clamp_min, clip, clone, concat, concatenate, cos, count_nonzero, cumsum, div, divide,
    dot, empty, empty_like, empty_strided, eq, equal, exp, expm1, eye, flatten, flip, floor, floor_divide,
    fmod, from_numpy, full, full_like, gather, scatter, ge, get_rng_state, greater, greater_equal, gt, hstack,
    index_select, initial_seed, inner, is_floating_point, is_tensor, isclose, isfinite, isinf, isnan,
    le, lerp, less, less_equal, linspace, log, log10, log1p, log2, log_softmax, logical_and,
    logical_not, logical_or, logsumexp, lt, manual_seed, masked_fill, matmul, max, maximum, mean,
    min, minimum, mm, mul, multiply, mv, narrow, ne, neg, negative, nonzero, norm, normal, not_equal,
    numel, ones, ones_like, outer, permute, adjoint, poisson, pow, prod, promote_types, rand, rand_like,
    randint,
    randint_like, randn, randn_like, randperm, reciprocal, relu, remainder,
    reshape, result_type, round, rsqrt, rsub, seed, select, set_rng_state, sigmoid, sign, sin,
    softmax, sort, split, sqrt, square, squeeze, stack, std, strided, sub, subtract, sum, t, take_along_dim,
    tan, tanh, tensor, topk, transpose, tril, triu, true_divide, trunc, unbind, unflatten, unsqueeze,
    var, vstack, where, zeros, zeros_like,
    block_diag, bucketize, cartesian_prod, cdist, pdist, cumprod, diag, diag_embed, diagonal, erf, erfc, erfinv, fliplr,
    flipud, ger, kron, kthvalue, logit, logspace, median, meshgrid, mode, nanmean, nanmedian, nansum,
    repeat_interleave, roll, searchsorted, tensordot, tile, trace, quantile, nanquantile,
    atleast_1d, atleast_2d, atleast_3d, column_stack, diff, dstack, movedim, moveaxis, ravel, swapaxes, swapdims,
    gradient,
    addcdiv, addcmul, deg2rad, exp2, hypot, logaddexp, rad2deg, sgn, rot90, masked_select, take, index_add,
    aminmax, std_mean, var_mean, cummax, cummin, logcumsumexp,
    signbit, fmax, fmin, xlogy, sinc, argwhere, isin, tril_indices, triu_indices, tensor_split, hsplit, vsplit, dsplit,
    addmv, addr, baddbmm, addbmm, cov, corrcoef, dist, msort, trapezoid, trapz,
    cumulative_trapezoid, index_fill, index_copy, combinations,
    unique_consecutive, float_power, copysign, logaddexp2, heaviside, logical_xor, isposinf, isneginf, isreal,
    diagflat, fix, positive, real, imag, conj, scalar_tensor, broadcast_tensors, unravel_index,
    gcd, lcm, ldexp, frexp, nextafter, vdot, masked_scatter, put, lgamma, digamma, polygamma, mvlgamma, vander,
    as_strided, i0, fill, renorm, narrow_copy, split_with_sizes, unsafe_chunk, unsafe_split, unsafe_split_with_sizes,
    bartlett_window, blackman_window, hamming_window, hann_window,
    kaiser_window, slice_scatter, select_scatter, diagonal_scatter, index_reduce, segment_reduce,
    fake_quantize_per_tensor_affine, fake_quantize_per_channel_affine,
)
from autograd_tui.engine.grad_mode import (  # noqa: F401
    enable_grad, inference_mode, is_grad_enabled, is_inference_mode_enabled, no_grad, set_grad_enabled,
)
from autograd_tui.engine._tensor import layout  # noqa: F401,E402
from autograd_tui.engine import sparse_tensor as _sparse_tensor  # noqa: E402
from autograd_tui.engine.sparse_tensor import sparse_coo, sparse_coo_tensor  # noqa: F401,E402
from autograd_tui.engine.csr_matrices import sparse_csr, sparse_csr_tensor  # noqa: F401,E402
from autograd_tui.engine.parity.printing import set_printoptions  # noqa: F401 - (torch has no get_printoptions)
from autograd_tui.engine.memory_formats import (  # noqa: F401
    channels_last, channels_last_3d, contiguous_format, memory_format, preserve_format,
)
from autograd_tui.engine.settings import (  # noqa: F401
    are_deterministic_algorithms_enabled, get_float32_matmul_precision, is_complex,
    is_deterministic_algorithms_warn_only_enabled, is_nonzero, is_same_size, is_signed, set_float32_matmul_precision,
    use_deterministic_algorithms, set_warn_always, is_warn_always_enabled, get_num_interop_threads,
    set_num_interop_threads,
)

_methods.install()
_subclassing.install()  # a learner's Tensor subclass says real PyTorch runs it

# out=: the torch.* functions (not the methods) write into a tensor the caller gave.
_CREATION_WITH_OUT = ("zeros", "ones", "empty", "full", "eye", "arange", "linspace", "logspace", "rand", "randn",
                      "randint", "randperm", "normal")
_OPS_WITH_OUT = (
    "abs", "absolute", "acos", "acosh", "add", "asin", "asinh", "atan", "atan2", "atanh", "cosh", "sinh",
    "addmm", "amax", "amin", "argmax", "argmin", "bmm", "cat", "ceil", "clamp", "clamp_max",
    "clamp_min", "clip", "concat", "concatenate", "cos", "cumsum", "div", "divide", "dot", "eq", "exp", "expm1",
    "floor", "floor_divide", "fmod", "ge", "greater", "greater_equal", "gt", "hstack", "index_select", "inner",
    "le", "lerp", "less", "less_equal", "log", "log10", "log1p", "log2", "log_softmax", "logical_and",
    "logical_not", "logical_or", "logical_xor", "logsumexp", "lt", "matmul", "maximum", "mean", "minimum", "mm", "mul",
    "multiply", "mv", "ne", "neg", "negative", "not_equal", "outer", "pow", "prod", "reciprocal", "remainder",
    "round", "rsqrt", "sigmoid", "sign", "sin", "sqrt", "square", "stack", "sub", "subtract", "sum", "tan",
    "tanh", "true_divide", "trunc", "vstack", "where",
    "cumprod", "logcumsumexp", "sinc", "gather", "erf", "erfc", "erfinv", "logit", "kron", "ger", "nansum", "nanmean",
    "searchsorted", "bucketize", "diag", "lgamma", "digamma", "polygamma", "mvlgamma",
    "i0", "addcmul", "addcdiv", "cholesky_inverse",
    "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "deg2rad", "rad2deg", "exp2", "frac", "fix",
    "sgn", "sinc", "nan_to_num", "tril", "triu", "msort", "diff", "std", "var", "norm", "histc", "nonzero",
    "renorm", "narrow_copy", "index_reduce",
)
# (bound further down)
_LATER_OPS_WITH_OUT = ("angle", "arctan2", "conj_physical", "copysign", "cross", "fmax", "fmin", "heaviside", "hypot",
                       "ldexp", "logaddexp", "logaddexp2", "nextafter", "xlogy")
# out= a tuple of two tensors, for the ops whose result is (values, indices)
_OPS_WITH_TUPLE_OUT = ("sort", "max", "min", "topk", "kthvalue", "mode", "median", "nanmedian", "cummax", "cummin",
                       "histogram")
# NumPy's axis=/keepdims= wherever PyTorch takes dim=/keepdim=, and size= for the factories.
for _name, _value in list(globals().items()):
    if not _name.startswith("_") and callable(_value) and not isinstance(_value, type):
        globals()[_name] = _F.parsed(_value, _name)
for _name in ("zeros", "ones", "empty", "rand", "randn"):
    globals()[_name] = _F.accepts_size_keyword(globals()[_name])
# The in-place functions torch.* has beside the methods (torch.sin_(x) is x.sin_()).
for _name in ("abs_", "clamp_", "cos_", "exp_", "log_", "neg_", "relu_", "sigmoid_", "sin_", "sqrt_", "tanh_",
              "tan_", "asin_", "acos_", "atan_", "sinh_", "cosh_", "acosh_", "asinh_", "atanh_", "ceil_", "floor_",
              "frac_", "round_", "trunc_", "rsqrt_", "reciprocal_", "square_", "expm1_", "log10_", "log1p_", "log2_",
              "clamp_max_", "clamp_min_", "clip_", "erf_", "erfc_", "logit_", "nan_to_num_", "fill_", "zero_", "i0_"):
    globals()[_name] = _methods.METHODS[_name]
for _name, _method in (("arccos_", "acos_"), ("arcsin_", "asin_"), ("arctan_", "atan_"), ("arccosh_", "acosh_"),
                       ("arcsinh_", "asinh_"), ("arctanh_", "atanh_"), ("fix_", "trunc_"), ("negative_", "neg_")):
    globals()[_name] = _methods.METHODS[_method]
del _method
# PyTorch's element-wise iterator (and cat) refuse an out= that is, or partly overlaps, an input
_ELEMENTWISE_OUT = frozenset((
    "abs", "absolute", "acos", "acosh", "add", "asin", "asinh", "atan", "atan2", "atanh", "cosh", "sinh", "cat",
    "hstack", "vstack", "stack",
    "ceil", "clamp", "clamp_max", "clamp_min", "clip", "concat", "concatenate", "cos", "div", "divide", "eq", "exp",
    "expm1", "floor", "floor_divide", "fmod", "ge", "greater", "greater_equal", "gt", "le", "lerp", "less",
    "less_equal", "log", "log10", "log1p", "log2", "logical_and", "logical_not", "logical_or", "logical_xor", "lt",
    "maximum",
    "minimum", "mul", "multiply", "ne", "neg", "negative", "not_equal", "pow", "reciprocal", "remainder", "round",
    "rsqrt", "sigmoid", "sign", "sin", "sqrt", "square", "sub", "subtract", "tan", "tanh", "true_divide", "trunc",
    "where", "erf", "erfc", "erfinv", "logit", "lgamma", "digamma", "addcmul", "addcdiv", "arccos", "arccosh", "arcsin",
    "arcsinh", "arctan", "arctanh", "deg2rad", "rad2deg", "exp2", "frac", "fix", "sgn", "sinc", "nan_to_num",
    "angle", "arctan2", "conj_physical", "copysign", "fmax", "fmin", "heaviside", "hypot", "ldexp", "logaddexp",
    "logaddexp2", "nextafter", "xlogy"))
for _name in _CREATION_WITH_OUT + _OPS_WITH_OUT:
    globals()[_name] = _with_out(globals()[_name], creation=_name in _CREATION_WITH_OUT,
                                 elementwise=_name in _ELEMENTWISE_OUT, public_name=_name)
for _name in _OPS_WITH_TUPLE_OUT:
    globals()[_name] = _with_tuple_out(globals()[_name])
del _name
Tensor.__module__ = "torch"
tensor.__module__ = "torch"   # help(torch.tensor) says "in module torch", as PyTorch's does
set_default_device.__module__ = get_default_device.__module__ = "torch"  # (not torch._tensor's, as _tensor.py's)
# PyTorch never emits numpy's floating-point RuntimeWarnings (1/0 is inf, quietly). Silenced for
# the engine's own modules only: the learner's own numpy warns as usual, and the filter holds in
# every thread (numpy's error state, by contrast, is per thread and per context). The package's
# __init__ sets the same filter at start-up, since an import inside warnings.catch_warnings()
# loses this one when the block ends.
_ENGINE_RUNTIME_WARNINGS = r"autograd_tui\.engine(\.|$)"
__import__("warnings").filterwarnings("ignore", category=RuntimeWarning, module=_ENGINE_RUNTIME_WARNINGS)
# ...and, where it does not hold (a learner's own catch_warnings), numpy's error state: see numpy_errors.py
_numpy_errors.quiet_engine_here()
# A graph is many small linked Python objects (PyTorch keeps its own in C++, out of sight of the
# cycle collector). With the default first-generation threshold of 700, collections dominate deep
# graphs (a 200,000-op chain spends two thirds of its forward time in gc); a larger one does not.
_gc = __import__("gc")
if _gc.get_threshold()[0] < 10000:
    _gc.set_threshold(10000, 10, 10)


from autograd_tui.engine.parity.generator import Generator, default_generator  # noqa: E402,F401

from autograd_tui.engine.torch_version import TorchVersion as _TorchVersion  # noqa: E402
__version__ = _TorchVersion("2.13.0+cpu")  # compares as a version: "2.13.0+cpu" >= "2.9"

from autograd_tui.engine import graph as _graph, meta as _meta, unsigned as _unsigned  # noqa: E402
from autograd_tui.engine import float8 as _float8, quantized as _quantized  # noqa: E402
from autograd_tui.engine._tensor import reset_warn_once as _reset_warnings  # noqa: E402


def _reset_warn_once() -> None:
    """Forget what only a fresh process has not done yet: the warnings shown once, the routings
    of the public entries set up by the first meta tensor, unsigned type or sparse tensor (meta.py;
    put back newest first, each over the one it wrapped), and the count of hook handles made
    (their ids key a module's hook dicts)."""
    _reset_warnings()
    routings = {id(m._saved): m for m in (_unsigned, _float8, _quantized, _sparse_tensor, _meta)}
    for saved in _meta.newest_first(*(m._saved for m in routings.values())):
        routings[id(saved)].deactivate()
    _graph.reset_handle_ids()

float32 = float = _dtypes.float32
float64 = double = _dtypes.float64
float16 = half = _dtypes.float16
bfloat16 = _dtypes.bfloat16
int64 = long = _dtypes.int64
int32 = int = _dtypes.int32
int16 = short = _dtypes.int16
int8 = _dtypes.int8
uint8 = _dtypes.uint8
bool = _dtypes.bool_
complex64 = cfloat = _dtypes.complex64
complex128 = cdouble = _dtypes.complex128
qint8, quint8, qint32, quint4x2 = _dtypes.qint8, _dtypes.quint8, _dtypes.qint32, _dtypes.quint4x2
from autograd_tui.engine.quantized import (  # noqa: E402,F401
    qscheme, per_tensor_affine, per_channel_affine, per_tensor_symmetric, per_channel_symmetric,
    per_channel_affine_float_qparams, quantize_per_tensor, quantize_per_channel, dequantize,
)
row_stack = _with_out(_F.parsed(_F.vstack, "row_stack"), elementwise=True,  # its own name in errors
                      public_name="row_stack")
from autograd_tui.engine.functions.index_put_op import torch_index_put as index_put  # noqa: E402,F401
from autograd_tui.engine.functions import (  # noqa: E402,F401
    angle, complex, conj_physical, is_conj, polar, resolve_conj, view_as_complex, view_as_real,
)


def detach(input: Tensor) -> Tensor:
    return input.detach()


def resolve_neg(input: Tensor) -> Tensor:
    return input  # no negative bit here: every tensor is resolved


from autograd_tui.engine.legacy_types import (  # noqa: E402,F401
    BFloat16Tensor, BoolTensor, ByteTensor, CharTensor, DoubleTensor, FloatTensor, HalfTensor, IntTensor, LongTensor,
    ShortTensor,
    range_ as range, set_default_tensor_type,
)

inf = __import__("math").inf
newaxis = None
nan = __import__("math").nan
pi = __import__("math").pi
e = __import__("math").e

# Submodules that `import torch` makes available as attributes, loaded on first use.
_LAZY_SUBMODULES = ("nn", "optim", "autograd", "utils", "random", "linalg", "serialization", "accelerator",
                    "functional", "testing", "backends", "cpu", "cuda", "return_types", "types", "hub", "jit",
                    "distributions", "func", "special", "sparse", "amp", "_tensor_str", "version", "torch_version",
                    "quasirandom", "fft", "ao")


# torch.conv2d is torch.nn.functional.conv2d in PyTorch (one builtin under two names), and so on.
_SAME_AS_FUNCTIONAL = frozenset((
    "adaptive_avg_pool1d", "avg_pool1d", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
    "conv_transpose3d", "cosine_similarity", "hardshrink", "pairwise_distance", "pixel_shuffle", "pixel_unshuffle",
    "prelu", "bilinear", "channel_shuffle"))


# torch.dropout(input, p, train), torch.embedding(weight, indices), ...: ATen's argument lists (nn/_aten_entries.py)
_ATEN_ENTRIES = frozenset((
    "dropout", "dropout_", "alpha_dropout", "alpha_dropout_", "feature_dropout", "feature_dropout_",
    "feature_alpha_dropout", "feature_alpha_dropout_", "layer_norm", "batch_norm", "group_norm", "instance_norm",
    "max_pool1d", "max_pool2d", "max_pool3d", "selu", "selu_", "celu", "celu_", "threshold", "threshold_", "rrelu",
    "rrelu_", "embedding", "kl_div", "binary_cross_entropy_with_logits", "rms_norm"))


# torch.uint16, torch.uint32, torch.uint64: looked up here, so that their first use reroutes the entries.
_SHELL_TYPES = {d.name: d for d in (_dtypes.uint16, _dtypes.uint32, _dtypes.uint64)}
# torch.float8_e4m3fn, ...: likewise, for the kernels PyTorch lacks for float8 (float8.py).
_FLOAT8_TYPES = {d.name: d for d in _dtypes.FLOAT8}


_aten_builtins: dict = {}  # (one object per name, as a module attribute is)


def __getattr__(name: str):
    if name in _LAZY_SUBMODULES:
        try:
            return _importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise _missing.no_attribute("torch", name) from None
    if name == "autocast":  # torch.autocast is torch.amp.autocast
        return _importlib.import_module(f"{__name__}.amp").autocast
    if name == "vmap":  # torch.vmap is torch.func.vmap
        return _importlib.import_module(f"{__name__}.func").vmap
    if name in ("stft", "istft"):  # torch.functional's, loaded with nn on first use: start-up time
        return getattr(_importlib.import_module(f"{__name__}.spectral"), name)
    if name in _SAME_AS_FUNCTIONAL:  # loaded with nn on first use: start-up time
        return getattr(_importlib.import_module(f"{__name__}.nn.functional"), name)
    if name in _ATEN_ENTRIES:  # torch.dropout, torch.layer_norm, ...: loaded with nn on first use too
        entry = getattr(_importlib.import_module(f"{__name__}.nn._aten_entries"), name)
        if isinstance(entry, _types.FunctionType):  # PyTorch's builtin: <built-in method dropout of type object>
            entry = _aten_builtins.setdefault(name, _public_names.Builtin(entry, "_VariableFunctionsClass.", "torch"))
        return entry
    if name in _SHELL_TYPES:  # the entries learn which kernels refuse them from now on (unsigned.py)
        _unsigned.activate()
        return _SHELL_TYPES[name]
    if name in _FLOAT8_TYPES:
        _float8.activate()
        return _FLOAT8_TYPES[name]
    if name.startswith("_foreach_"):  # loaded on first use: start-up time
        foreach = _importlib.import_module(f"{__name__}.foreach").FUNCTIONS
        if name in foreach:
            return foreach[name]
    if name in ("save", "load"):
        from autograd_tui.engine import serialization  # loaded on first torch.save/load: start-up time
        return getattr(serialization, name)
    raise _missing.no_attribute("torch", name)


__dir__ = _missing.module_dir("torch", globals(), (*_LAZY_SUBMODULES, *_SAME_AS_FUNCTIONAL, *_ATEN_ENTRIES,
                                                   *_SHELL_TYPES, *_FLOAT8_TYPES, "autocast", "vmap", "save", "load"))

# The engine's internal submodules (graph, parity, functions, ...) are no attributes of torch
_missing.hide_submodules(__name__, "torch", (*_LAZY_SUBMODULES, "_tensor", "storage"))


from autograd_tui.engine.amp import (  # noqa: E402,F401
    autocast, _get_autocast_dtype as get_autocast_dtype, _is_autocast_enabled as is_autocast_enabled,
)


def is_inference(input: Tensor) -> _builtins.bool:
    _require_tensor(input, "is_inference", "input", 0)
    return input.is_inference()


def is_neg(input: Tensor) -> _builtins.bool:
    _require_tensor(input, "is_neg", "input", 0)
    return False


from autograd_tui.engine.functions.pointwise import _require_tensor  # noqa: E402


def is_anomaly_enabled() -> _builtins.bool:
    return _grad_mode._State.anomaly


def is_anomaly_check_nan_enabled() -> _builtins.bool:
    return _grad_mode._State.anomaly_check_nan


def set_num_threads(n: _builtins.int) -> None:
    """The threads matrix products may use (OpenBLAS's; see engine/parity/blas.py)."""
    if n.__class__ is not _builtins.int:  # torch.int is a dtype here
        raise RuntimeError(f"set_num_threads expects an int, but got {type(n).__name__}")
    if n <= 0:
        raise RuntimeError("set_num_threads expects a positive integer")
    _blas.set_threads(n)


def get_num_threads() -> _builtins.int:
    return _blas.get_threads()


for _name in ("add", "sub"):
    globals()[_name] = _F.with_alpha_first(globals()[_name], _name)
for _name in _LATER_OPS_WITH_OUT:
    globals()[_name] = _with_out(_F.parsed(globals()[_name], _name), elementwise=_name in _ELEMENTWISE_OUT,
                                 public_name=_name)

# The entries bound after the first pass (the in-place functions, amp's, resolve_neg) get the parser's checks too.
for _name, _value in list(globals().items()):
    if not _name.startswith("_") and _inspect.isfunction(_value) and not getattr(_value, "_parsed", False):
        globals()[_name] = _F.parsed(_value, _name)

# torch.solve, torch.symeig, ...: removed in PyTorch 2.x, their stubs raise what replaces them (old_linalg.py)
globals().update(_old_linalg.FUNCTIONS)

# torch.clip.__name__ is 'clip', torch.arccos's 'arccos', as PyTorch's builtins (public_names.py)
_public_names.name_as_torch(globals())

# The public entries a meta tensor reroutes (meta.py): torch.* and the Tensor methods.
_meta.register(globals())
_meta.register(Tensor)

# The entries rebound since hide_submodules named them, and those of the modules shown before torch
# was, show PyTorch's module too (torch.add: torch)
_missing.name_definitions_again()
