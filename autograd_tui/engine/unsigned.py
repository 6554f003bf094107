"""PyTorch's "shell" unsigned types, uint16, uint32 and uint64: which ops take them.

PyTorch 2.13 makes tensors of these types (numpy's unsigned arrays become them; ``dtype=``,
``.to()``) but compiles only some of its kernels for them. Moving, viewing, indexing, ``==``, ``*``,
the bitwise and/or/xor, ``sum``/``prod``/``cumsum`` (into int64), ``sort``, ``unique`` and the
conversions work; ``+``, ``<``, ``max``, ``abs``, ``flip``, masks and most others raise, each
kernel in its own words (``"add_stub" not implemented for 'UInt16'``). An op that computes in a
floating type (``t * 2.5``, ``t.sqrt()``, ``t < 2.5``) works, since its kernel is the float one.

The engine computes the values with its ordinary ops, on numpy's unsigned arrays; the tables here
say which public entries refuse, and the kernel each names, as PyTorch 2.13 does (measured against
it; the goldens ``dtypes/unsigned_*`` and ``dtypes/uint16_*`` record learners' cases). As
for the meta device (``meta.py``), the entries are rerouted only once a tensor of such a type is
made or one of the types is looked up (``torch.uint16``), so a program that never uses them pays
nothing.
"""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

from autograd_tui.engine import dtypes, meta
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions.parser import call_error

_NOT_FOR = "\"{kernel}\" not implemented for '{type}'"

# Refused when the op would compute in one of these types: the common type of its operands
# (``t + 1`` refuses, ``t + 1.5`` computes in float32 and works).
_BY_COMMON_TYPE: dict[str, str] = {
    **dict.fromkeys(("add", "add_", "__add__", "__radd__", "__iadd__", "sub", "sub_", "subtract", "subtract_",
                     "__sub__", "__rsub__", "__isub__", "rsub", "dist", "pairwise_distance"), "add_stub"),
    **dict.fromkeys(("lt", "lt_", "less", "less_", "__lt__"), "lt_cpu"),
    **dict.fromkeys(("le", "le_", "less_equal", "less_equal_", "__le__"), "le_cpu"),
    **dict.fromkeys(("gt", "gt_", "greater", "greater_", "__gt__"), "gt_cpu"),
    **dict.fromkeys(("ge", "ge_", "greater_equal", "greater_equal_", "__ge__"), "ge_cpu"),
    **dict.fromkeys(("floor_divide", "floor_divide_", "__floordiv__", "__rfloordiv__"), "div_floor_cpu"),
    **dict.fromkeys(("remainder", "remainder_", "__mod__", "__rmod__"), "remainder_cpu"),
    **dict.fromkeys(("fmod", "fmod_"), "fmod_cpu"),
    "__rpow__": "pow",
    **dict.fromkeys(("maximum", "fmax"), "maximum_cpu"),
    **dict.fromkeys(("minimum", "fmin"), "minimum_cpu"),
    **dict.fromkeys(("__lshift__", "__ilshift__", "__rlshift__", "bitwise_left_shift", "bitwise_left_shift_"),
                    "lshift_cpu"),
    **dict.fromkeys(("__rshift__", "__irshift__", "__rrshift__", "bitwise_right_shift", "bitwise_right_shift_"),
                    "rshift_cpu"),
    **{name: f"{name.rstrip('_')}_cpu" for name in ("hypot", "hypot_", "heaviside", "heaviside_", "gcd", "gcd_",
                                                    "lcm", "lcm_", "logical_and", "logical_and_", "logical_or",
                                                    "logical_or_", "logical_xor", "logical_xor_")},
    **dict.fromkeys(("addcmul", "addcmul_"), "addcmul_cpu_out"),
}

# Refused when the input (the first tensor) has one of these types, whatever the other arguments.
_BY_INPUT_TYPE: dict[str, str] = {
    **dict.fromkeys(("neg", "neg_", "negative", "negative_", "__neg__"), "neg_cpu"),
    **dict.fromkeys(("abs", "abs_", "absolute", "absolute_", "__abs__"), "abs_cpu"),
    **dict.fromkeys(("sign", "sign_", "sgn", "sgn_"), "sign_cpu"),
    **dict.fromkeys(("square", "square_"), "pow"),
    **dict.fromkeys(("frac", "frac_"), "frac_cpu"),
    **dict.fromkeys(("bitwise_not", "bitwise_not_", "__invert__"), "bitwise_not_cpu"),
    **dict.fromkeys(("logical_not", "logical_not_"), "logical_not_cpu"),
    **dict.fromkeys(("relu", "relu_"), "clamp_min_scalar_cpu"),
    "amax": "max_values_cpu", "amin": "min_values_cpu", "argmax": "argmax_cpu", "argmin": "argmin_cpu",
    **dict.fromkeys(("aminmax", "histc"), "aminmax_cpu"),
    "topk": "topk_cpu", "cummax": "cummax_cpu", "cummin": "cummin_cpu", "kthvalue": "kthvalue_cpu",
    "mode": "mode_cpu",
    **dict.fromkeys(("nonzero", "argwhere"), "nonzero_count_cpu"),
    **dict.fromkeys(("trapezoid", "trapz", "cumulative_trapezoid", "gradient"), "add_stub"),
    "hardshrink": "hardshrink_cpu", "cholesky_solve": "cholesky_solve_cpu", "cumsum_": "cumsum_out_cpu",
    "cumprod_": "cumprod_out_cpu",
    "bincount": "bincount_cpu", **dict.fromkeys(("tril", "tril_"), "tril"),
    **dict.fromkeys(("triu", "triu_"), "triu"), "trace": "trace",
    **dict.fromkeys(("gather", "scatter_add", "scatter_add_"), "scatter_gather_tensor_cpu"),
    "index_select": "index_select", "combinations": "masked_select",
    **dict.fromkeys(("index_fill", "index_fill_"), "index_fill_cpu"),
    **dict.fromkeys(("index_put", "index_put_"), "index_put"),
    **dict.fromkeys(("index_add", "index_add_"), "index_add_"),
    **dict.fromkeys(("index_copy", "index_copy_"), "index_copy_cpu"),
    **dict.fromkeys(("masked_scatter", "masked_scatter_"), "masked_scatter"),
    **dict.fromkeys(("masked_fill", "masked_fill_"), "masked_fill"),
    **dict.fromkeys(("mm", "addmm"), "addmm_impl_cpu_"), "einsum": "bmm", "cross": "cross",
    **dict.fromkeys(("rand_like", "uniform_"), "check_uniform_bounds"),
    **dict.fromkeys(("randn_like", "normal_"), "normal_kernel_cpu"), "bernoulli_": "bernoulli_scalar_cpu_",
}

# Refused when the result is asked for in one of these types (``dtype=``), naming that type.
_BY_DTYPE_ARGUMENT: dict[str, str] = {
    "arange": "arange_cpu", "linspace": "linspace_cpu", "eye": "eye", "rand": "check_uniform_bounds",
    "randn": "normal_kernel_cpu", "randperm": "randperm", **dict.fromkeys(("sum", "nansum"), "sum_cpu"),
    "cumsum": "cumsum_out_cpu", "cumprod": "cumprod_out_cpu", "prod": "prod_out_cpu",
}


def _refused(kernel: str, d: dtypes.dtype) -> NotImplementedError:
    return NotImplementedError(_NOT_FOR.format(kernel=kernel, type=dtypes._SCALAR_NAME[d.name]))


def _common_type(args: tuple, kwargs: dict) -> dtypes.dtype | None:
    """The type an element-wise op computes in (PyTorch's result_type of its tensors and numbers);
    None where the operands do not promote (the op raises PyTorch's promotion error itself)."""
    dims: list[dtypes.dtype] = []
    zero_dims: list[dtypes.dtype] = []
    numbers: list[dtypes.dtype] = []
    for v in (*args, *kwargs.values()):
        if isinstance(v, Tensor):
            (dims if v._data.ndim else zero_dims).append(v.dtype)
        elif isinstance(v, (bool, int, float, complex)):
            numbers.append(dtypes.scalar_dtype(v))
    try:
        return dtypes.result_type(dims, zero_dims, numbers)
    except RuntimeError:
        return None


def _arg(args: tuple, kwargs: dict, index: int, name: str, default: Any = None) -> Any:
    """An op's argument: at ``index`` if given by position, else keyword ``name``, else ``default``."""
    return args[index] if len(args) > index else kwargs.get(name, default)


def _first_tensor(args: tuple, kwargs: dict) -> Tensor | None:
    for v in (*args, *kwargs.values()):
        if isinstance(v, Tensor):
            return v
        if isinstance(v, (list, tuple)) and v and isinstance(v[0], Tensor):
            return v[0]
    return None


def _max_min(kind: str) -> Callable[[tuple, dict], str | None]:
    """``max``/``min``: of all elements, along a dim, or element-wise against a tensor."""
    def kernel(args: tuple, kwargs: dict) -> str | None:
        other = _arg(args, kwargs, 1, "other", kwargs.get("dim"))
        if isinstance(other, Tensor):
            common = _common_type(args, kwargs)
            return f"{kind}imum_cpu" if common in dtypes.SHELL else None
        return f"{kind}_all" if other is None else f"{kind}_cpu"
    return kernel


def _clamp(args: tuple, kwargs: dict) -> str | None:
    low = _arg(args, kwargs, 1, "min")
    high = _arg(args, kwargs, 2, "max")
    if low is None and high is None or _common_type(args, kwargs) not in dtypes.SHELL:
        return None  # no bound: clamp's own error; a float bound: the float kernel
    if isinstance(low, Tensor) or isinstance(high, Tensor):
        return "clamp_cpu" if low is not None and high is not None else "maximum_cpu" if low is not None \
            else "minimum_cpu"
    return "clamp_scalar_cpu" if low is not None and high is not None else "clamp_min_scalar_cpu" \
        if low is not None else "clamp_max_scalar_cpu"


def _div(args: tuple, kwargs: dict) -> str | None:
    mode = kwargs.get("rounding_mode")
    if mode is None or _common_type(args, {k: v for k, v in kwargs.items() if k != "rounding_mode"}) \
            not in dtypes.SHELL:
        return None  # true division computes in float
    return "div_floor_cpu" if mode == "floor" else "div_trunc_cpu"


def _setitem(args: tuple, kwargs: dict) -> str | None:
    key = args[1]
    keys = key if isinstance(key, tuple) else (key,)
    if any(isinstance(k, Tensor) and k.dtype is dtypes.bool_ for k in keys):
        return "masked_fill"
    if any(isinstance(k, (Tensor, list)) for k in keys):
        return "index_put"
    return None


def _scatter(args: tuple, kwargs: dict) -> str:
    value = _arg(args, kwargs, 3, "src", kwargs.get("value"))
    return "scatter_gather_tensor_cpu" if isinstance(value, Tensor) else "scatter_gather_scalar_cpu"


def _matmul(args: tuple, kwargs: dict) -> str | None:
    """``matmul``, ``inner``: a dot of two vectors, else a matrix product."""
    a, b = (args + (kwargs.get("other"),))[:2]
    if isinstance(a, Tensor) and isinstance(b, Tensor) and _common_type((a, b), {}) in dtypes.SHELL:
        return "dot" if a.dim() == 1 and b.dim() == 1 else "addmm_impl_cpu_"
    return None


def _dot(args: tuple, kwargs: dict) -> str | None:
    b = _arg(args, kwargs, 1, "tensor")
    return "dot" if isinstance(b, Tensor) and args[0].dim() == 1 and b.dim() == 1 else None  # else: the shape error


def _bound(kind: str) -> Callable[[tuple, dict], str | None]:
    """``clamp_min``/``clamp_max``: a tensor bound is ``maximum``/``minimum``."""
    def kernel(args: tuple, kwargs: dict) -> str | None:
        bound = _arg(args, kwargs, 1, kind)
        if bound is None or _common_type(args, kwargs) not in dtypes.SHELL:
            return None
        return ("maximum_cpu" if kind == "min" else "minimum_cpu") if isinstance(bound, Tensor) \
            else f"clamp_{kind}_scalar_cpu"
    return kernel


def _median(args: tuple, kwargs: dict) -> str:
    return "median_cpu" if _arg(args, kwargs, 1, "dim") is None else "median_out"


def _masked_select(args: tuple, kwargs: dict) -> str | None:
    mask = _arg(args, kwargs, 1, "mask")
    return "masked_select" if isinstance(mask, Tensor) and mask.dtype is dtypes.bool_ else None  # else: its error


def _take(args: tuple, kwargs: dict) -> str | None:
    index = _arg(args, kwargs, 1, "index")
    return "take_cpu" if isinstance(index, Tensor) and index.dtype is dtypes.int64 else None  # else: its error


def _linear(args: tuple, kwargs: dict) -> str | None:
    """``F.linear(x, w)`` is ``x @ w.T``: a dot of two vectors, else a matrix product; a weight of
    another type is refused by the product's own dtype check first."""
    x, w = (args + (kwargs.get("weight"),))[:2]
    if not isinstance(w, Tensor) or w.dtype is not x.dtype:
        return None
    return "dot" if x.dim() == 1 and w.dim() == 1 else "addmm_impl_cpu_"


def _flip(args: tuple, kwargs: dict, name: str) -> str | None:
    """``flip`` (and ``fliplr``, ``flipud``, ``rot90``, which flip): PyTorch's copy of a flipped
    tensor takes any type unless the innermost dimension in memory (the smallest stride among
    those longer than 1) is flipped, which goes to the typed ``flip_cpu`` kernel."""
    t = args[0]
    if name == "rot90":
        k = _arg(args, kwargs, 1, "k", 1)
        if not isinstance(k, int):
            return None  # the parser's error
        k %= 4
        plane = list(_arg(args, kwargs, 2, "dims", (0, 1)))
        flipped = plane[1:] if k == 1 else plane if k == 2 else plane[:1] if k == 3 else []
    elif name in ("fliplr", "flipud"):
        flipped = [1 if name == "fliplr" else 0]
    else:
        dims = args[1:] if len(args) > 1 else (kwargs.get("dims", ()),)
        flipped = list(dims[0]) if len(dims) == 1 and isinstance(dims[0], (list, tuple)) else list(dims)
    long_dims = [d for d in range(t.dim()) if t.shape[d] > 1]
    if not long_dims:
        return None
    innermost = min(long_dims, key=lambda d: abs(t.stride(d)))
    return "flip_cpu" if innermost in {d % t.dim() for d in flipped if isinstance(d, int)} else None


def _pow(args: tuple, kwargs: dict) -> str | None:
    """``x ** n`` in an integer type: PyTorch fills ones for n = 0 and copies for n = 1, with no kernel."""
    exponent = _arg(args, kwargs, 1, "exponent")
    if _common_type(args, kwargs) not in dtypes.SHELL or not isinstance(exponent, Tensor) and exponent in (0, 1):
        return None
    return "pow"


def _count_nonzero(args: tuple, kwargs: dict) -> str | None:
    return "nonzero_count_cpu" if _arg(args, kwargs, 1, "dim") is None else None


def _diff(args: tuple, kwargs: dict) -> str | None:
    return None if _arg(args, kwargs, 1, "n", 1) == 0 else "add_stub"


def _isin(args: tuple, kwargs: dict) -> str | None:
    test = _arg(args, kwargs, 1, "test_elements")
    return "isin_default_cpu" if isinstance(test, Tensor) else None


def _where(args: tuple, kwargs: dict) -> str | None:
    return "nonzero_count_cpu" if len(args) + len(kwargs) == 1 else None  # where(c) is nonzero(c, as_tuple=True)


def _matrix_power(args: tuple, kwargs: dict) -> str | None:
    n = _arg(args, kwargs, 1, "n")
    return "eye" if n == 0 else None if n == 1 else "addmm_impl_cpu_"


def _tensordot(args: tuple, kwargs: dict) -> str | None:
    a, b = args[0], _arg(args, kwargs, 1, "b")
    if not isinstance(b, Tensor) or b.dtype is not a.dtype:
        return None
    dims = _arg(args, kwargs, 2, "dims", 2)
    contracted = dims if isinstance(dims, int) else len(dims[0])
    return "dot" if contracted == a.dim() == b.dim() else "addmm_impl_cpu_"


def _searchsorted(args: tuple, kwargs: dict) -> str | None:
    boundaries, values = args[0], _arg(args, kwargs, 1, "input", kwargs.get("self"))
    if isinstance(values, Tensor):
        return "searchsorted_out_cpu" if values.dtype is boundaries.dtype else None  # else: the promotion's error
    return "searchsorted_out_cpu" if boundaries.dim() == 1 else None  # a number needs 1-D boundaries first


def _softmax(kind: str) -> Callable[[tuple, dict], str | None]:
    """``softmax``/``log_softmax``: a kernel of its own along the last dim; a float ``dtype=`` computes in it."""
    def kernel(args: tuple, kwargs: dict) -> str | None:
        dim = _arg(args, kwargs, 1, "dim")
        if kwargs.get("dtype") is not None or not isinstance(dim, int):
            return None
        last = dim % max(args[0].dim(), 1) == max(args[0].dim(), 1) - 1
        return f"{kind}_lastdim_kernel_impl" if last else f"{kind}_kernel_impl"
    return kernel


# Entries whose kernel depends on their arguments (None: the call runs).
_BY_ARGUMENTS: dict[str, Callable[[tuple, dict], str | None]] = {
    "max": _max_min("max"), "min": _max_min("min"), **dict.fromkeys(("clamp", "clamp_", "clip", "clip_"), _clamp),
    **dict.fromkeys(("div", "div_", "divide", "divide_", "true_divide"), _div), "__setitem__": _setitem,
    **dict.fromkeys(("scatter", "scatter_"), _scatter), **dict.fromkeys(("matmul", "__matmul__"), _matmul),
    "softmax": _softmax("softmax"), "log_softmax": _softmax("log_softmax"), "linear": _linear,
    **{name: functools.partial(_flip, name=name) for name in ("flip", "fliplr", "flipud", "rot90")},
    **dict.fromkeys(("pow", "pow_", "__pow__", "__ipow__"), _pow), "count_nonzero": _count_nonzero, "diff": _diff,
    "isin": _isin, "where": _where, "matrix_power": _matrix_power,
    "tensordot": _tensordot, "searchsorted": _searchsorted, "inner": _matmul, "dot": _dot,
    "clamp_min": _bound("min"), "clamp_min_": _bound("min"), "clamp_max": _bound("max"), "clamp_max_": _bound("max"),
    **dict.fromkeys(("median", "nanmedian"), _median), "masked_select": _masked_select, "take": _take,
}


# Entries that promote their two tensors' types before comparing (so the promotion refuses).
_PROMOTING = frozenset(("equal",))


def _kernel_missing(name: str, args: tuple, kwargs: dict) -> NotImplementedError | None:
    """PyTorch's refusal if the call ``name(*args, **kwargs)`` would run a kernel these types lack."""
    if name in _PROMOTING and len(args) == 2 and isinstance(args[0], Tensor) and isinstance(args[1], Tensor):
        dtypes.promote_types(args[0].dtype, args[1].dtype)
    asked = kwargs.get("dtype")
    if name in _BY_DTYPE_ARGUMENT and isinstance(asked, dtypes.dtype) and asked in dtypes.SHELL:
        return _refused(_BY_DTYPE_ARGUMENT[name], asked)
    first = _first_tensor(args, kwargs)
    if first is None:
        return None
    if name in _BY_INPUT_TYPE:
        if first.dtype in dtypes.SHELL:
            return _refused(_BY_INPUT_TYPE[name], first.dtype)
    elif name in _BY_COMMON_TYPE:
        common = _common_type(args, kwargs)
        if common in dtypes.SHELL:
            return _refused(_BY_COMMON_TYPE[name], common)
    elif name in _BY_ARGUMENTS and first.dtype in dtypes.SHELL:
        kernel = _BY_ARGUMENTS[name](args, kwargs)
        if kernel is not None:
            return _refused(kernel, first.dtype)
    return None


def _arguments_refused(fn: Callable[..., Any], name: str, method: bool, args: tuple, kwargs: dict) -> bool:
    """Whether PyTorch's parser, or Python's binding of the call, refuses the arguments: that error
    comes before any kernel's (``t.abs(1)``, ``torch.relu(t, 0)``)."""
    if call_error(name, method, args, kwargs) is not None:
        return True
    try:
        inspect.signature(fn).bind(*args, **kwargs)
    except TypeError:
        return True
    except ValueError:  # no signature to read
        return False
    return False


def _involved(args: tuple, kwargs: dict) -> bool:
    """Whether a CPU tensor of these types, or ``dtype=`` one of them, is among the arguments (the
    meta device has a kernel for every type: it computes no values)."""
    for v in (*args, *kwargs.values()):
        if isinstance(v, Tensor):
            if v.dtype in dtypes.SHELL and not v._on_meta:
                return True
        elif isinstance(v, (list, tuple)):
            if any(isinstance(w, Tensor) and w.dtype in dtypes.SHELL and not w._on_meta for w in v):
                return True
        elif isinstance(v, dtypes.dtype) and v in dtypes.SHELL:
            return not str(kwargs.get("device", "cpu")).startswith("meta")
    return False


_inside = [0]  # calls under way through a checked entry: the entries an op calls are its own business


def _entry(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    on_class = Tensor.__dict__.get(name)
    method = fn in (on_class, getattr(on_class, "fn", None), getattr(on_class, "fget", None))

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if _inside[0] or not _involved(args, kwargs):
            return fn(*args, **kwargs)
        refusal = _kernel_missing(name, args, kwargs)
        if refusal is not None and not _arguments_refused(fn, name, method, args, kwargs):
            raise refusal
        return meta.call_inside(_inside, fn, args, kwargs)
    return call


_saved: meta.Saved = []
_active = [False]


def activate() -> None:
    """Check the public entries from now on (the first tensor of such a type, or the type looked up)."""
    if not _active[0]:
        _active[0] = True
        meta.reroute(_entry, _saved)


def deactivate() -> None:
    """A fresh process's state (``torch._reset_warn_once``): the entries as they were."""
    meta.restore(_saved)
    _active[0] = False


def _first_made(data: Any) -> Any:
    activate()
    return data


for _d in dtypes.SHELL:
    _d._adjust = _first_made  # make() calls it for each new tensor of the type: one attribute test
del _d
