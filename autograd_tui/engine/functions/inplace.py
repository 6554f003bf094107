"""In-place operations (``add_``, ``zero_``, ``uniform_``, ...): version counters and the checks PyTorch makes."""
from __future__ import annotations

import builtins
import importlib
from typing import Callable
import warnings

import numpy as np

from autograd_tui.engine import _vmap_levels, dtypes
from autograd_tui.engine._tensor import Tensor, _c_type, _user_stacklevel, make, real_fill_value, real_values
from autograd_tui.engine.complex_guard import plain
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.graph import Node
from autograd_tui.engine.parity import discrete_samplers
from autograd_tui.engine.record import OpNode, adopt_saved_output, record
from autograd_tui.engine.functions._common import (
    _R, _scalar_type_name, _type_name, check_number, number_bounds, preserved_strides, shapes_broadcast_error,
    with_strides, wrap,
)
from autograd_tui.engine.functions.creation import _generator, _like, shaped_sample, warn_float_range

# In-place operations
# ============================================================================================
def _inplace(self: Tensor, compute, view_of_leaf: bool = False, check_overlap: bool = True,
             name: str | None = None) -> Tensor:
    """Run ``compute`` out of place, then write its result into ``self``.

    ``name``: the op's out-of-place name, which words vmap's refusal of a batched result for an
    unbatched ``self``.

    The old value is kept in a snapshot that the new node can save, so the graph stays right;
    the write bumps ``self``'s version so nodes that saved ``self`` notice.
    """
    if _State.inference_used and not _State.inference and self.is_inference():
        # PyTorch writes the values first and complains afterwards; so do we.
        _write_into(self, compute(self))
        raise RuntimeError("Inplace update to inference tensor outside InferenceMode is not allowed."
                           "You can make a clone to get a normal tensor before doing inplace update."
                           "See https://github.com/pytorch/rfcs/pull/17 for more details.")
    if _State.enabled and self._view_of is not None and "_creation" in self.__dict__:
        _check_view_creation(self)
    if _State.enabled and "_conj_source" in (self._view_of if self._view_of is not None else self).__dict__:
        _check_conj_view_write(self)
    if _State.enabled and self._requires_grad and self.grad_fn is None:
        if view_of_leaf or self._view_of is not None:
            raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if _State.enabled and self._view_of is not None and self._view_of._requires_grad and self._view_of.grad_fn is None:
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    if check_overlap:
        _check_no_internal_overlap(self)
    base_before = None
    if _State.enabled:
        result = compute(_snapshot(self))
        if self._view_of is not None and result._requires_grad:
            base_before = _snapshot(self._view_of)
    else:
        result = compute(self)
    if _State.vmap_randomness is not None:
        _vmap_levels.refuse_inplace(self, result, name)
    if _State.dual_level and self._view_of is not None and (result._tangent() is not None
                                                          or self._view_of._tangent() is not None):
        # The base's tangent would have to change where the view lies in it; not done here.
        raise NotImplementedError("in-place operations on a view of a dual tensor (forward AD) are not available "
                                  "in the embedded engine; `--backend torch` runs them.")
    _write_into(self, result)
    if result._fw is not None:  # forward AD: the written value brings its tangent
        self._fw = result._fw
    if _State.enabled and result._requires_grad:
        if base_before is None or not _rebase_view(self, base_before, result):
            set_grad_fn(self, result.grad_fn, result._output_nr)
        _regenerate_views(self)
    self._bump_version()
    if _State.enabled and result._requires_grad:
        adopt_saved_output(result.grad_fn, self)
    return self


def _check_conj_view_write(self: Tensor) -> None:
    """A write into a conj() view reaches its source (conj_views.link_conj), whose graph the engine
    does not rewrite as PyTorch would: refused where that graph matters."""
    root = self._view_of if self._view_of is not None else self
    source = root.__dict__["_conj_source"]
    base = source._view_of if source._view_of is not None else source
    if base._requires_grad and base.grad_fn is None:
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    if base._requires_grad:
        raise NotImplementedError("in-place operations on a conj() view of a tensor that requires grad are not "
                                  "available in the embedded engine; `--backend torch` runs them.")


def set_grad_fn(t: Tensor, node, output_nr: int = 0) -> None:
    """Give ``t`` the node of an in-place op. ``retain_grad()`` follows the tensor to it, as in
    PyTorch; hooks registered earlier stay on the old node (they see the old value's gradient)."""
    old, old_nr = t.grad_fn, t._output_nr
    t.grad_fn, t._output_nr, t._requires_grad = node, output_nr, True
    if old is not None and old is not node and old._retained:
        ref = old._retained.get(old_nr)
        if ref is not None and ref() is t:
            del old._retained[old_nr]
            if node._retained is None:
                node._retained = {}
            node._retained[output_nr] = ref


def _regenerate_views(written: Tensor) -> None:
    """After an in-place write, the other views of the same base see new values: each gets a grad_fn
    from the base's new history, as PyTorch regenerates a view's grad_fn when its base changed."""
    base = written if written._view_of is None else written._view_of
    views = base.__dict__.get("_views")
    if not views or base.grad_fn is None:
        return
    for ref in list(views):
        view = ref()
        if view is None or view is written:
            continue
        key = _view_key(view._data, base._data)
        if key is not None:
            _view_of_new_base(view, base, key)


_AMBIGUOUS_NO_GRAD_VIEW = (
    " no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous "
    "and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either "
    "both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the "
    "inplace to be tracked)."
)


def _check_view_creation(view: Tensor) -> None:
    """PyTorch refuses, with grad mode on, to write into a view made in no_grad mode of a tensor that
    requires grad, or into an output of an op that returns several views (unbind, split, chunk)."""
    creation = view.__dict__["_creation"]
    node = view.grad_fn
    where = ""
    if node is not None:
        name = node.name().rstrip("0123456789")
        where = f"Output {view._output_nr} of {name[:-len('Backward')] if name.endswith('Backward') else name}"
    if creation == "no_grad" and view._view_of is not None and view._view_of._requires_grad:
        prefix = f"{where} is a view of a view which was created in" if node is not None else "A view was created in"
        raise RuntimeError(prefix + _AMBIGUOUS_NO_GRAD_VIEW)
    if creation == "custom_function" and node is not None:
        raise RuntimeError(f"{where} is a view and is being modified inplace. This view was created inside a custom "
                           "Function (or because an input was returned as-is) and the autograd logic to handle "
                           "view+inplace would override the custom backward associated with the custom Function, "
                           "leading to incorrect gradients. This behavior is forbidden. You can fix this by cloning "
                           "the output of the custom Function.")
    if creation == "multi_output" and node is not None:
        raise RuntimeError(f"{where} is a view and is being modified inplace. This view is the output of a function "
                           "that returns multiple views. Such functions do not allow the output views to be modified "
                           "inplace. You should replace the inplace operation by an out-of-place one.")


def has_internal_overlap(t: Tensor) -> bool:
    """Whether two elements of ``t`` share memory as PyTorch detects it: a stride 0 on a dim longer
    than 1 (an ``expand``); the other overlaps it leaves alone. An empty tensor has none (numpy
    gives its arrays stride 0 freely)."""
    data = t._data
    return data.size != 0 and builtins.any(stride == 0 and n > 1 for n, stride in zip(data.shape, data.strides))


def warn_expanded(op: str, example: str, line: int) -> None:
    """The warning of the ops that still write into an expanded tensor (masked_fill_, index_put_)."""
    warnings.warn(f"Use of {op} on expanded tensors is deprecated. Please clone() the tensor before performing "
                  f"this operation. This also applies to advanced indexing e.g. {example} (Triggered internally "
                  f"at /__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:{line}.)",
                  UserWarning, stacklevel=_user_stacklevel())


def _check_no_internal_overlap(t: Tensor) -> None:
    """PyTorch refuses to write where two elements share memory (see has_internal_overlap)."""
    if has_internal_overlap(t):
        raise RuntimeError("unsupported operation: more than one element of the written-to tensor refers to a "
                           "single memory location. Please clone() the tensor before performing the operation.")


def _snapshot(t: Tensor) -> Tensor:
    """A copy of ``t``'s values standing where ``t`` stands in the graph (the old value for a node to save)."""
    snapshot = make(t._data.copy(), t.dtype)
    snapshot.grad_fn, snapshot._output_nr = t.grad_fn, t._output_nr
    snapshot._requires_grad = t._requires_grad
    snapshot._accumulator = t._accumulator
    if t._fw is not None:
        snapshot._fw = t._fw  # a forward-AD tangent, so the op sees it
    return snapshot


class CopySlices(Node):
    """PyTorch's node for an in-place op on a view, given to the base: it wraps the op's own node
    (``fn``) and takes its edges, except the first (to the view's old history), which goes to the
    base's old history. Backward runs ``fn`` on the gradient at the view's place in the base and
    writes its first result back there; ``fn``'s other results go to its other inputs."""

    __slots__ = ("_fn", "_key")
    _returns_own_grads = True  # a new tensor for the base, the table formulas' results for the rest
    __dir__ = Node._shown_names

    def __init__(self, base_before: Tensor, fn: OpNode, key: tuple) -> None:
        super().__init__()
        self._fn, self._key = fn, key
        base_edge = (base_before.grad_fn, base_before._output_nr) if base_before._requires_grad else (None, 0)
        self.next_functions = (base_edge, *fn.next_functions[1:])

    def name(self) -> str:
        return "torch::autograd::CopySlices"

    def apply(self, grads: list, create_graph: bool, wanted: list | None = None) -> list:
        # indexing imports this module: read at call time
        indexing = importlib.import_module("autograd_tui.engine.functions.indexing")
        grad, key = grads[0], self._key
        view_grad = indexing.index(grad, key)
        if wanted is None:
            res = list(self._fn.apply([view_grad], create_graph))
        else:
            res = list(self._fn.apply_wanted([view_grad], create_graph, wanted))
        written = res[0] if res else None
        if wanted is None or wanted[0]:
            if written is None:
                written = view_grad.new_zeros(view_grad.shape)
            res[0] = indexing.index_put(grad, key, written.to(grad.dtype), node="CopySlices")
        return res

    apply_wanted = apply

    def release(self) -> None:
        self._fn.release()


CopySlices.__module__ = "builtins"  # a C++ class: <class 'CopySlices'>


def _rebase_view(view: Tensor, base_before: Tensor, result: Tensor) -> bool:
    """After an in-place op on a view, the base's history gains the write (PyTorch's CopySlices) and
    the view becomes a view of the new base; False when the view's place in its base is unknown.
    CopySlices takes the op's edges after the first whatever they are, as PyTorch's (a NotImplemented
    node over a view that needs no gradient keeps only the base's edge)."""
    base = view._view_of
    assert base is not None
    key = _view_key(view._data, base._data)
    if key is None:
        return False
    fn = result.grad_fn
    if fn is None or result._output_nr != 0:
        return False
    set_grad_fn(base, CopySlices(base_before, fn, key))
    _view_of_new_base(view, base, key)
    return True


def _view_of_new_base(view: Tensor, base: Tensor, key: tuple) -> None:
    """The view's grad_fn after its base changed: PyTorch's AsStridedBackward0 of the view's geometry."""
    holder = make(view._data, view.dtype)
    record(_R["as_strided_view"], (base,), holder, {
        "shape": base.shape, "key": key, "size": tuple(view.shape), "stride": view.stride(),
        "storage_offset": view.storage_offset()})
    set_grad_fn(view, holder.grad_fn)


def _view_key(view: np.ndarray, base: np.ndarray):
    """The index into ``base`` of each element of ``view`` (arrays, one per dim), from their memory."""
    if not base.flags.c_contiguous or view.dtype != base.dtype:
        return None
    itemsize = base.itemsize
    start = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    if start % itemsize or builtins.any(s % itemsize for s in view.strides):
        return None
    positions = np.full(view.shape, start // itemsize, dtype=np.int64)
    for axis, (n, stride) in enumerate(zip(view.shape, view.strides)):
        shape = [1] * view.ndim
        shape[axis] = n
        positions = positions + (np.arange(n, dtype=np.int64) * (stride // itemsize)).reshape(shape)
    if positions.size and (positions.min() < 0 or positions.max() >= base.size):
        return None
    return np.unravel_index(positions, base.shape)


def _write_into(self: Tensor, result: Tensor) -> None:
    if result.dtype is not self.dtype:
        if not _can_cast(result.dtype, self.dtype):
            raise RuntimeError(f"result type {_scalar_type_name(result.dtype)} can't be cast to the desired "
                               f"output type {_scalar_type_name(self.dtype)}")
    data = result._data
    if data.shape != self._data.shape:
        try:
            data = np.broadcast_to(data, self._data.shape)
        except ValueError:
            raise RuntimeError(f"output with shape [{', '.join(map(str, self.shape))}] doesn't match the "
                               f"broadcast shape [{', '.join(map(str, result.shape))}]") from None
    if self._data.flags.writeable:
        if _overlaps_itself(self._data):
            # Elements sharing memory (unfold's overlapping windows): write only what the op
            # changed, as PyTorch writes only the slice it was given; an unchanged alias written
            # after a changed one would put the old value back.
            current = self._data
            same = data == current
            if current.dtype.kind in "fc":
                same |= np.isnan(data) & np.isnan(current)
            np.copyto(current, data, casting="unsafe", where=~same)
        else:
            np.copyto(self._data, data, casting="unsafe")
    elif not _write_through_base(self, data):
        self._data = np.array(data, dtype=self.dtype.np)


def _overlaps_itself(a: np.ndarray) -> bool:
    """Whether two elements of ``a`` share memory (only strided layouts can; contiguous ones are
    answered at once)."""
    if a.size <= 1 or a.flags.c_contiguous or a.flags.f_contiguous:
        return False
    dims = sorted((abs(s), n) for n, s in zip(a.shape, a.strides) if n > 1)
    if dims and dims[0][0] == 0:
        return True
    reach = 0  # the farthest byte the inner dims reach: each outer stride beyond it cannot overlap
    for stride, n in dims:
        if stride <= reach:
            break
        reach += (n - 1) * stride
    else:
        return False
    offsets = np.zeros(1, dtype=np.int64)
    for n, s in zip(a.shape, a.strides):
        offsets = (offsets[:, None] + np.arange(n, dtype=np.int64) * s).ravel()
    return np.unique(offsets).size < offsets.size


def _write_through_base(view: Tensor, data: np.ndarray) -> bool:
    """Write into a view numpy made read-only (an ``expand``) through its base's memory, as
    PyTorch writes into the one storage; False when the base cannot take it."""
    base = view._view_of
    if base is None or not base._data.flags.writeable:
        return False
    key = _view_key(view._data, base._data)
    if key is None:
        return False
    # Only the elements that change are written: where an expand maps several elements to one
    # place, the kernels that allow it (fill_, masked_fill_, index_put_) write only their targets.
    data = np.broadcast_to(data, view._data.shape)
    changed = data != view._data
    if data.dtype.kind in "fc":
        changed |= np.isnan(data)
    base._data[tuple(k[changed] for k in key)] = data[changed]
    return True


def _can_cast(src: dtypes.dtype, dst: dtypes.dtype) -> bool:
    return dtypes.category(src) <= dtypes.category(dst)


def inplace_clamp(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    """``clamp_``, ``clip_``, ``clamp_min_``, ``clamp_max_``: with number bounds ATen's kernel checks
    the cast itself and names the tensor's C++ type ("... to the desired output type long int")."""
    def method(self: Tensor, *args, **kwargs) -> Tensor:
        numbers_only = number_bounds((*args, *kwargs.values()))

        def compute(s: Tensor) -> Tensor:
            result = fn(s, *args, **kwargs)
            if numbers_only and result.dtype is not self.dtype and not _can_cast(result.dtype, self.dtype):
                raise RuntimeError(f"result type {_scalar_type_name(result.dtype)} can't be cast to the desired "
                                   f"output type {_c_type(self.dtype)}")
            return result
        return _inplace(self, compute, name=fn.__name__)
    return method


def _inplace_binary(fn):
    def method(self: Tensor, *args, **kwargs) -> Tensor:  # the operand may come as a keyword (exponent=)
        return _inplace(self, lambda s: fn(s, *args, **kwargs), name=fn.__name__)
    method.__wrapped__ = fn  # its parameters, for the parser's checks
    return method


def _inplace_unary(fn):
    def method(self: Tensor, *args, **kwargs) -> Tensor:
        return _inplace(self, lambda s: fn(s, *args, **kwargs))
    method.__wrapped__ = fn  # its parameters, for the parser's checks
    return method


def zero_(self: Tensor) -> Tensor:
    return fill_(self, 0, _zero=True)


def fill_(self: Tensor, value, *, _zero: bool = False) -> Tensor:
    check_number(value, "fill_", "value")  # the public entry words it as PyTorch's parser
    by_tensor = isinstance(value, Tensor)
    if by_tensor and value.dim() != 0:
        raise RuntimeError(f"fill_ only supports 0-dimension value tensor but got tensor with {value.dim()} "
                           "dimensions.")
    if by_tensor and _State.vmap_randomness is not None:
        _vmap_levels.refuse_inplace(self, value, "fill_")
    v = value._data.item() if by_tensor else real_fill_value(value, self.dtype, self._data.size)
    # PyTorch's nodes: ZeroBackward0, FillBackward2 (a number), FillBackward3 (a tensor, which
    # receives the sum of the gradient)
    rule = _R["zero"] if _zero else _R["fill_tensor"] if by_tensor else _R["fill"]
    inputs = (self, value) if by_tensor else (self,)

    def compute(s: Tensor) -> Tensor:
        out = make(np.full(s._data.shape, v, dtype=s.dtype.np), s.dtype)
        needs = s._requires_grad or by_tensor and value._requires_grad
        return record(rule, (s,) + inputs[1:], out) if (_State.enabled and needs or _State.dual_level
                                                        or _State.vmap_randomness) else out
    # fill_ (and zero_) write one value everywhere, so PyTorch lets them write into an expand;
    # not so with a tensor value
    return _inplace(self, compute, check_overlap=isinstance(value, Tensor))


def fill(input: Tensor, value) -> Tensor:
    """``torch.fill``: a new tensor laid out as ``input`` holding ``value`` everywhere; its nodes
    FillBackward0 (a number) and FillBackward1 (a 0-d tensor, which receives the gradient's sum)."""
    check_number(value, "fill", "value")
    by_tensor = isinstance(value, Tensor)
    if by_tensor and value.dim() != 0:
        raise RuntimeError(f"fill_ only supports 0-dimension value tensor but got tensor with {value.dim()} "
                           "dimensions.")
    out = _like(input, value.item() if by_tensor else real_fill_value(value, input.dtype), None, False)
    needs = input._requires_grad or by_tensor and value._requires_grad
    if _State.enabled and needs or _State.dual_level or _State.vmap_randomness:
        inputs = (input, value) if by_tensor else (input,)
        return record(_R["fill_new_tensor" if by_tensor else "fill_new"], inputs, out)
    return out


def copy_(self: Tensor, src: Tensor, non_blocking: bool = False) -> Tensor:
    if isinstance(src, Tensor) and src.shape != self.shape:
        _check_copy_shape(self.shape, src.shape)

    def compute(s: Tensor) -> Tensor:
        data = np.broadcast_to(src._data if isinstance(src, Tensor) else np.asarray(src), s._data.shape)
        if data.dtype.kind == "c" and not s.dtype.is_complex:
            data = real_values(plain(data), s.dtype)
        out = make(np.array(data, dtype=s.dtype.np), s.dtype)
        return record(_R["copy"], (s, src), out) if (_State.enabled or _State.dual_level
                                                     or _State.vmap_randomness) else out
    return _inplace(self, compute)


def _check_copy_shape(dst: tuple, src: tuple) -> None:
    """PyTorch's errors for a source that does not broadcast to the destination's shape."""
    try:
        common = tuple(np.broadcast_shapes(dst, src))
    except ValueError:
        raise shapes_broadcast_error(dst, src) from None
    if common != tuple(dst):
        raise RuntimeError(f"output with shape [{', '.join(map(str, dst))}] doesn't match the "
                           f"broadcast shape [{', '.join(map(str, common))}]")


# The keyword names each sampler takes besides generator, in order.
_SAMPLER_KEYWORDS = {"uniform_": ("from", "to"), "normal_": ("mean", "std"), "bernoulli_": ("p",),
                     "random_": ("from", "to"), "exponential_": ("lambd",), "geometric_": ("p",),
                     "log_normal_": ("mean", "std"), "cauchy_": ("median", "sigma")}
# the defaults of the two-number samplers drawn by the C library in double precision
_DOUBLE_SAMPLERS = {"log_normal_": (1.0, 2.0, discrete_samplers.log_normal),
                    "cauchy_": (0.0, 1.0, discrete_samplers.cauchy)}


_FLOAT_SAMPLERS = frozenset(("uniform_", "normal_", "exponential_", "geometric_", "log_normal_", "cauchy_"))


def _check_float_arguments(name: str, keywords: tuple, args: tuple, kwargs: dict) -> None:
    """The parser's TypeError for a sampler's ``float`` argument given a str, None or a list."""
    given: list[tuple[str, object, int | None]] = [(key, value, k + 1)
                                                   for k, (key, value) in enumerate(zip(keywords, args))]
    given += [(key, value, None) for key, value in kwargs.items()]
    for key, value, position in given:
        if not (isinstance(value, (int, float, np.number, np.bool_)) or isinstance(value, Tensor) and value.ndim == 0):
            where = f" (position {position})" if position else ""
            raise TypeError(f"{name}(): argument '{key}'{where} must be float, not {_type_name(value)}")


def _sampler(name):
    keywords = _SAMPLER_KEYWORDS[name]

    def method(self: Tensor, *args, generator=None, **kwargs) -> Tensor:
        for key in kwargs:
            if key not in keywords:
                raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
        if name in _FLOAT_SAMPLERS:
            _check_float_arguments(name, keywords, args, kwargs)
        gen = _generator(generator)
        if _State.vmap_randomness is not None:
            _vmap_levels.refuse_inplace_random(self, *(p for p in (*args, *kwargs.values()) if isinstance(p, Tensor)))
        _check_no_internal_overlap(self)
        shape, dtype = self._data.shape, self.dtype.np
        # PyTorch's iterator walks a strided tensor in memory order: the samples land in that order
        p_tensor = name == "bernoulli_" and isinstance(args[0] if args else kwargs.get("p"), Tensor)
        order = None if self.is_contiguous() or p_tensor else preserved_strides(self)
        if order is not None:
            shape = (self._data.size,)
        if name == "geometric_" and not args and "p" not in kwargs:
            raise TypeError('geometric_() missing 1 required positional arguments: "p"')
        if name == "random_" and not args and "to" in kwargs:  # random_(to), random_(from, to), or keywords
            args = (kwargs.get("from", 0), kwargs["to"])

        def draw() -> np.ndarray:  # only once the in-place checks passed, as PyTorch draws
            if name == "uniform_":
                low, high = (list(args) + [kwargs.get("from", 0.0), kwargs.get("to", 1.0)][len(args):])[:2]
                return gen.uniform(shape, float(low), float(high), dtype)
            if name == "normal_":
                mean, std_ = (list(args) + [kwargs.get("mean", 0.0), kwargs.get("std", 1.0)][len(args):])[:2]
                return gen.normal(shape, float(mean), float(std_), dtype, contiguous=order is None)
            if name == "bernoulli_":
                p = args[0] if args else kwargs.get("p", 0.5)
                return gen.bernoulli(p._data if isinstance(p, Tensor) else p, shape, dtype)
            if name == "exponential_":
                lambd = float(args[0] if args else kwargs.get("lambd", 1.0))
                return shaped_sample(gen, lambda g, s: discrete_samplers.exponential(g, s, lambd, dtype), shape)
            if name == "geometric_":
                p = float(args[0] if args else kwargs["p"])
                return shaped_sample(gen, lambda g, s: discrete_samplers.geometric(g, s, p, dtype), shape)
            if name in _DOUBLE_SAMPLERS:
                *defaults, sample = _DOUBLE_SAMPLERS[name]
                first, second = (list(args) + [kwargs.get(k, d) for k, d in zip(keywords, defaults)][len(args):])[:2]
                return shaped_sample(gen, lambda g, s: sample(g, s, float(first), float(second), dtype), shape)
            if not args:  # random_(): the whole range the type holds exactly
                return gen.random_(shape, dtype)
            low, high = (0, args[0]) if len(args) == 1 else args
            warn_float_range(int(low), int(high), self.dtype)
            return gen.randint(int(low), int(high), shape, dtype)
        rule = _R[_sampler_node(name, args, kwargs)]

        def compute(s: Tensor) -> Tensor:
            values = np.asarray(draw(), dtype=s.dtype.np)
            if order is not None:
                values = with_strides(values, s._data.shape, order)
            out = wrap(values, s.dtype)
            # the sample replaces what was there: its node sends no gradient back (NormalBackward0...)
            return record(rule, (s,), out) if (_State.enabled and s._requires_grad or _State.dual_level
                                               or _State.vmap_randomness) else out
        return _inplace(self, compute)
    return method


def _sampler_node(name: str, args: tuple, kwargs: dict) -> str:
    """PyTorch's node for a sampler's overload: bernoulli_(p tensor) 1, bernoulli_(float p) 2;
    random_(from, to) 0, random_(to) 1, random_() 2."""
    if name == "bernoulli_":
        p = args[0] if args else kwargs.get("p")
        return "BernoulliBackward1" if isinstance(p, Tensor) else "BernoulliBackward2"
    if name == "random_":
        return f"RandomBackward{2 - min(len(args) + len(kwargs), 2)}"
    return {"log_normal_": "LogNormalBackward0"}.get(name, name[:-1].capitalize() + "Backward0")
