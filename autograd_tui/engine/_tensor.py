"""The Tensor: a numpy array, a dtype, and what autograd needs to know about it.

Arithmetic and the other methods are installed by ``methods.py`` and hand over to
``functions/``; the rules for gradients are in ``derivatives.py``; ``record.py`` attaches a
node to a result; the backward pass is in ``graph.py``.
"""
from __future__ import annotations

import numbers
import warnings
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._given_dims import GivenDim, GivenDims, given_as, given_dims  # noqa: F401
from autograd_tui.engine._class_view import _TensorMeta
from autograd_tui.engine.missing import without_engine_fields
from autograd_tui.engine import _vmap_levels, conj_views, memory_formats, storage
from autograd_tui.engine.scalar_conversion import _c_name, _overflows, check_int_fits, real_fill_value  # noqa: F401
from autograd_tui.engine.memory_formats import element_strides
from autograd_tui.engine._c_types import CType, Uncreatable, c_named, sealed
from autograd_tui.engine._constructor_args import device_arguments
from autograd_tui.engine._size import Size  # noqa: F401 - torch.Size's home for the engine's modules
from autograd_tui.engine.parity import printing
from autograd_tui.engine.parity.matmul import address
from autograd_tui.engine.graph import AccumulateGrad, RemovableHandle, weak
from autograd_tui.engine.grad_mode import _State, is_grad_enabled, strict_bool, type_name

_NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad field "
    "to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you "
    "access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
    "github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at "
    "/__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)"
)


class device(metaclass=CType):
    """A device object; any of PyTorch's device types can be named, only the CPU can hold tensors.

    As in a PyTorch build without CUDA, ``torch.device('cuda')`` is a plain object, and only
    putting a tensor there raises (``use_device``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.type, self.index = device_arguments(device, args, kwargs)

    def __repr__(self) -> str:
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __str__(self) -> str:
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other) -> bool:
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self) -> int:
        return hash((self.type, self.index))

    def __reduce__(self):
        # Pickled through a function of this module: the class is shown as torch.device.
        return (_rebuild_device, (self.type, self.index))

    def __enter__(self) -> "device":
        # `with torch.device(...)`: the default device of factory functions inside the block.
        self.__dict__.setdefault("_outer", []).append(default_device)
        set_default_device(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        global default_device
        default_device = self.__dict__["_outer"].pop()


def _rebuild_device(kind: str, index: int | None) -> device:
    return device(kind, index)


c_named(device, "torch.device")  # type(torch.device('cpu')) prints <class 'torch.device'>


def use_device(where) -> bool:
    """Check that tensors may live on ``where``: the CPU or the meta device (True for meta, whose
    tensors have a shape and no values), with PyTorch's error elsewhere."""
    kind = device(where).type
    if kind != "cpu":
        if kind == "meta":
            return True
        if kind == "cuda":
            raise AssertionError("Torch not compiled with CUDA enabled")
        raise RuntimeError(_no_device_message(kind))
    return False


# The meta device's entry points, filled in by meta.py (above every op): ``run`` calls a function
# so that every tensor it makes is a meta tensor, and leaves the random generator untouched.
META_HOOKS: dict[str, Any] = {}


def run_on_meta(fn: Any, *args: Any, **kwargs: Any) -> Any:
    return META_HOOKS["run"](fn, args, kwargs)


# torch.set_default_device: where factory functions put tensors when not told (None: the CPU).
default_device: device | None = None


def set_default_device(where: Any) -> None:
    """``torch.set_default_device``: accepted for any device; creating a tensor there raises later."""
    global default_device
    default_device = None if where is None or device(where) == CPU else device(where)


def get_default_device() -> device:
    return default_device if default_device is not None else CPU


def _no_device_message(kind: str) -> str:
    return f"The embedded engine of autograd-tui runs on the CPU only (asked for {kind!r})"


CPU = device("cpu")
META = device("meta")


def _user_stacklevel(*, inside_modules_at_library: bool = False) -> int:
    """How far up the caller's own code is, for warnings that point at the learner's line.

    With ``inside_modules_at_library``, a warning PyTorch gives at its caller's line
    (``stacklevel=2`` in ``torch.nn.functional``) stays on an engine frame when a module's
    forward made the call (``nn.MSELoss()(a, b)``): PyTorch places it in its own ``loss.py``,
    and the tutor shows such a warning without a place. It is placed on that forward's line, as
    PyTorch's is, so each module's warning is shown once on its own (MSELoss's does not hide L1Loss's).
    """
    import sys
    frame: Any = sys._getframe(2)
    level = 2
    while frame is not None and frame.f_globals.get("__name__", "").startswith("autograd_tui.engine"):
        if inside_modules_at_library and frame.f_code.co_name == "forward":
            return level
        frame, level = frame.f_back, level + 1
    return level


def warn_at_caller(message: str, category: type[Warning] = UserWarning) -> None:
    """A warning ``torch.nn.functional`` gives at its caller's line (``stacklevel=2`` there)."""
    warnings.warn(message, category, stacklevel=_user_stacklevel(inside_modules_at_library=True))


# PyTorch raises these from its own Python files (torch/nn/init.py, torch/optim/...): the warning
# points at an engine frame, which the tutor shows without a place, as it shows theirs.
AT_LIBRARY = 1


_SCALAR_OF_GRAD_TENSOR = (
    "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\n"
    "Consider using tensor.detach() first. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:822.)"
)

_warned_once: set = set()
WARN_ALWAYS = [False]  # torch.set_warn_always(True): each TORCH_WARN_ONCE warning shows every time


def warn_once(message: str, *, at_library: bool = False, key: str | None = None) -> None:
    """A UserWarning PyTorch shows only once per process (TORCH_WARN_ONCE); ``key``: the call site,
    when one site words several messages (the first of them is the only one shown)."""
    if (key or message) in _warned_once and not WARN_ALWAYS[0]:
        return
    _warned_once.add(key or message)
    warnings.warn(message, UserWarning, stacklevel=AT_LIBRARY if at_library else _user_stacklevel())


class _FilterStandIn(Warning):
    """Never raised: the category of the filter ``forget_shown_warnings`` adds."""


_forgot_shown_warnings = False


def forget_shown_warnings() -> None:
    """What PyTorch's first Python-level ``torch._check`` does to warnings, done at the same moment.

    That call imports sympy, whose import adds a warnings filter; a new filter makes Python forget
    which warnings it has shown, so a warning already shown at a place shows once more (PyTorch's
    nn.TransformerDecoder warns about mismatched masks twice in a fresh process, then no more).
    """
    global _forgot_shown_warnings
    if not _forgot_shown_warnings:
        _forgot_shown_warnings = True
        warnings.simplefilter("once", _FilterStandIn)


def reset_warn_once() -> None:
    global _forgot_shown_warnings
    _warned_once.clear()
    _forgot_shown_warnings = False


class Tensor(metaclass=_TensorMeta):
    # The fields every op touches are slots; the rarely set ones fall back to class defaults
    # (an instance __dict__ entry appears only when one is set), which keeps `make` short.
    __slots__ = ("_data", "dtype", "_requires_grad", "_grad", "grad_fn", "_vc", "_accumulator",
                 "__weakref__", "__dict__")
    _data: np.ndarray
    dtype: dtypes.dtype
    _requires_grad: bool
    _grad: Tensor | None
    grad_fn: Any
    _vc: list[int] | None
    _accumulator: Any
    _output_nr: int = 0
    # The tensor whose memory this one views (``_base`` adds conj() views, which hold their own
    # memory here: see conj_views.py).
    _view_of: Tensor | None = None
    _post_accumulate_hooks: dict | None = None
    _fw: tuple | None = None  # (forward-AD level, tangent); see autograd/forward_ad.py
    _on_meta: bool = False  # a tensor of the meta device: its values are never shown (meta.py)
    _vmap: Any = None  # the vmap calls this tensor is batched over (_vmap_levels.py)

    if TYPE_CHECKING:
        # methods.py installs the operators and methods (add, sum, to, ...) that call into
        # functions/; these declarations tell a type checker they exist.
        def __getattr__(self, name: str) -> Any: ...
        def __getitem__(self, key: Any) -> Tensor: ...
        def __setitem__(self, key: Any, value: Any) -> None: ...
        def __neg__(self) -> Tensor: ...
        def __pos__(self) -> Tensor: ...
        def __abs__(self) -> Tensor: ...
        def __invert__(self) -> Tensor: ...
        def __add__(self, other: Any) -> Tensor: ...
        def __radd__(self, other: Any) -> Tensor: ...
        def __sub__(self, other: Any) -> Tensor: ...
        def __rsub__(self, other: Any) -> Tensor: ...
        def __mul__(self, other: Any) -> Tensor: ...
        def __rmul__(self, other: Any) -> Tensor: ...
        def __truediv__(self, other: Any) -> Tensor: ...
        def __rtruediv__(self, other: Any) -> Tensor: ...
        def __floordiv__(self, other: Any) -> Tensor: ...
        def __rfloordiv__(self, other: Any) -> Tensor: ...
        def __mod__(self, other: Any) -> Tensor: ...
        def __rmod__(self, other: Any) -> Tensor: ...
        def __pow__(self, other: Any) -> Tensor: ...
        def __rpow__(self, other: Any) -> Tensor: ...
        def __matmul__(self, other: Any) -> Tensor: ...
        def __rmatmul__(self, other: Any) -> Tensor: ...
        def __and__(self, other: Any) -> Tensor: ...
        def __or__(self, other: Any) -> Tensor: ...
        def __xor__(self, other: Any) -> Tensor: ...
        def __rand__(self, other: Any) -> Tensor: ...
        def __ror__(self, other: Any) -> Tensor: ...
        def __lt__(self, other: Any) -> Tensor: ...
        def __le__(self, other: Any) -> Tensor: ...
        def __gt__(self, other: Any) -> Tensor: ...
        def __ge__(self, other: Any) -> Tensor: ...
        def __iadd__(self, other: Any) -> Tensor: ...
        def __isub__(self, other: Any) -> Tensor: ...
        def __imul__(self, other: Any) -> Tensor: ...
        def __itruediv__(self, other: Any) -> Tensor: ...
        def __ipow__(self, other: Any) -> Tensor: ...

    __array_priority__ = 1000  # numpy scalars defer to our reflected operators

    def __new__(cls, *args, **kwargs):
        # The legacy constructor (torch.Tensor([1, 2]), torch.Tensor(2, 3)), read in legacy_types.py
        from autograd_tui.engine.legacy_types import legacy_new  # it imports this module
        return legacy_new(cls, args, kwargs)

    # ----- identity and metadata ------------------------------------------------------------
    @property
    def shape(self) -> Size:
        return tuple.__new__(Size, self._data.shape)  # (numpy's ints: no check of Size's own)

    def size(self, dim: Any = None, /, **keyword: Any):
        if keyword:  # x.size(dim=...): the parser words its error without a position
            dim = _keyword_dim(dim, keyword, "size")
        if dim is None:
            return tuple.__new__(Size, self._data.shape)
        return self._data.shape[dim_of_nonscalar(_method_dim(dim, "size"), self._data.ndim)]

    def dim(self) -> int:
        return self._data.ndim

    ndimension = dim

    @property
    def ndim(self) -> int:
        return self._data.ndim

    def numel(self) -> int:
        return self._data.size

    nelement = numel

    def element_size(self) -> int:
        return self.dtype.itemsize

    @property
    def device(self) -> device:
        return META if self._on_meta else CPU

    @property
    def is_cuda(self) -> bool:
        return False

    @property
    def is_leaf(self) -> bool:
        return self.grad_fn is None

    def is_floating_point(self) -> bool:
        return self.dtype.is_floating_point

    def is_complex(self) -> bool:
        return self.dtype.is_complex

    @property
    def output_nr(self) -> int:
        return self._output_nr

    @property
    def volatile(self) -> bool:  # removed from PyTorch: always False, with its warning
        warn_at_caller("volatile was removed (Variable.volatile is always False)")
        return False

    @volatile.setter
    def volatile(self, value: Any) -> None:
        warn_at_caller("volatile was removed and now has no effect. Use `with torch.no_grad():` instead.")

    @property
    def _version(self) -> int:
        return self._vc[0] if self._vc is not None else 0

    def _bump_version(self) -> None:
        if self._vc is None:
            self._vc = [0]
        self._vc[0] += 1
        if conj_views.LINKS[0]:  # a conj() view exists somewhere: the write shows through it
            conj_views.sync(self, set())

    def is_contiguous(self, memory_format: Any = None) -> bool:
        if memory_format is None:  # the common call
            return self._data.flags.c_contiguous or self._data.size <= 1
        fmt = memory_formats.check(memory_format, "is_contiguous")
        if fmt in (None, memory_formats.contiguous_format, memory_formats.preserve_format):
            return self._data.flags.c_contiguous or self._data.size <= 1
        return memory_formats.is_contiguous_as(self._data.shape, self.stride(), fmt)

    def stride(self, dim: Any = None, /, **keyword: Any):
        if keyword:
            dim = _keyword_dim(dim, keyword, "stride")
        strides = element_strides(self._data)
        return strides if dim is None else strides[dim_of_nonscalar(_method_dim(dim, "stride"), self._data.ndim)]

    is_shared, share_memory_ = storage._tensor_is_shared, storage._tensor_share_memory_

    def data_ptr(self) -> int:
        return address(_vmap_levels.stored_data(self))

    def untyped_storage(self) -> storage.UntypedStorage:
        _vmap_levels.refuse_storage_object(self)
        return storage.UntypedStorage(self._data, self.device, bfloat16=self.dtype is dtypes.bfloat16)

    def storage(self) -> storage.TypedStorage:
        warn_once(storage._TYPED_STORAGE_WARNING)
        _vmap_levels.refuse_storage_object(self)
        return storage.TypedStorage(self._data, self.dtype, self.device)

    def storage_offset(self) -> int:
        return storage._offset(self._data)


    @property
    def is_sparse(self) -> bool:
        return False

    @property
    def layout(self):
        return strided

    # ----- autograd state -------------------------------------------------------------------
    @property
    def requires_grad(self) -> bool:
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        if self.grad_fn is not None:
            raise RuntimeError(_leaf_only_message(value))
        if value and not self.dtype.is_floating_point and not self.dtype.is_complex:
            raise RuntimeError("only Tensors of floating point and complex dtype can require gradients")
        self._requires_grad = bool(value) or self._base_requires_grad()

    def requires_grad_(self, requires_grad: bool = True) -> "Tensor":
        requires_grad = strict_bool(requires_grad, "requires_grad_", "requires_grad", 1)
        _vmap_levels.refuse_in_transform(_vmap_levels.REQUIRES_GRAD_IN_TRANSFORM)
        if self.grad_fn is not None and not requires_grad:
            raise RuntimeError(_leaf_only_message(requires_grad))
        if self.grad_fn is None:
            if requires_grad and not self.dtype.is_floating_point and not self.dtype.is_complex:
                raise RuntimeError("only Tensors of floating point dtype can require gradients")
            if requires_grad and self.is_inference() and not _State.inference:
                raise RuntimeError("Setting requires_grad=True on inference tensor outside InferenceMode "
                                   "is not allowed.")
            self._requires_grad = bool(requires_grad) or self._base_requires_grad()
        return self

    def _base_requires_grad(self) -> bool:
        # a view (one made under no_grad: a leaf) requires grad while its base does, whatever its own flag
        base = self._view_of
        return base is not None and base._requires_grad

    def is_inference(self) -> bool:
        return bool(self.__dict__.get("_inference", False))

    @property
    def grad(self):
        if self.grad_fn is not None and not self.retains_grad and self._grad is None:
            warnings.warn(_NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=_user_stacklevel())
        return self._grad

    @grad.setter
    def grad(self, value) -> None:
        if value is not None:
            if not isinstance(value, Tensor):
                raise TypeError(f"assigned grad expected to be a Tensor or None but got grad of type "
                                f"{type(value).__name__}")
            if value.dtype is not self.dtype:
                raise RuntimeError(
                    f"attempting to assign a gradient with dtype '{_c_type(value.dtype)}' to a tensor "
                    f"with grad_dtype '{_scalar_name(self.dtype)}'. The gradient must match the tensor's "
                    "grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype "
                    "attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with "
                    "caution. Diverging the dtypes of a tensor and its gradient may break downstream "
                    "systems that assume they match.")
            if value.shape != self.shape:
                raise RuntimeError(f"attempting to assign a gradient of size '{list(value.shape)}' to a tensor of "
                                   f"size '{list(self.shape)}'. Please ensure that the gradient and the tensor are "
                                   "the same size")
        self._grad = value

    @grad.deleter
    def grad(self) -> None:
        self._grad = None

    @property
    def retains_grad(self) -> bool:
        node = self.grad_fn
        return bool(node is not None and node._retained and self._output_nr in node._retained)

    def retain_grad(self) -> None:
        if not self._requires_grad:
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
        node = self.grad_fn
        if node is None:
            return  # a leaf keeps its grad anyway
        if node._retained is None:
            node._retained = {}
        node._retained[self._output_nr] = weak(self)

    def register_hook(self, hook) -> RemovableHandle:
        if not self._requires_grad:
            raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
        # A leaf's hooks belong to its AccumulateGrad, as in PyTorch: autograd.grad runs them too.
        node, nr = self._edge()
        table = node._tensor_hooks(nr)
        handle = RemovableHandle(table)
        table[handle._key] = hook
        return handle

    def register_post_accumulate_grad_hook(self, hook) -> RemovableHandle:
        if not self._requires_grad:
            raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
        if self.grad_fn is not None:
            raise RuntimeError("post accumulate grad hooks cannot be registered on non-leaf tensors")
        if self._post_accumulate_hooks is None:
            self._post_accumulate_hooks = {}
        handle = RemovableHandle(self._post_accumulate_hooks)
        self._post_accumulate_hooks[handle._key] = hook
        return handle

    def _edge(self):
        """Where a gradient for this tensor goes: its grad_fn, or its leaf accumulator."""
        if self.grad_fn is not None:
            return (self.grad_fn, self._output_nr)
        acc = self._accumulator
        if acc is None:
            if "_no_edge" in self.__dict__:  # a view made in no_grad mode (functions/shapes.py)
                return (None, 0)
            acc = self._accumulator = AccumulateGrad(self)
        return (acc, 0)

    def detach(self) -> "Tensor":
        # Shares memory and the version counter, but is not an autograd view: in-place changes
        # to it are allowed even when self is a leaf that requires grad.
        t = make(self._data, self.dtype)
        t._vc = self._shared_vc()
        if _State.inference_used:  # a view: an inference tensor exactly when self is one
            t.__dict__["_inference"] = self.is_inference()
        if _vmap_levels.RUNNING:  # a batched tensor's detach is batched
            t._vmap = self._vmap
        return t

    def detach_(self) -> "Tensor":
        if self._base is not None:
            raise RuntimeError("Can't detach views in-place. Use detach() instead. If you are using "
                               "DistributedDataParallel (DDP) for training, and gradient_as_bucket_view "
                               "is set as True, gradients are views of DDP buckets, and hence detach_() "
                               "cannot be called on these gradients. To fix this error, please refer to "
                               "the Optimizer.zero_grad() function in torch/optim/optimizer.py as the "
                               "solution.")
        self.grad_fn = None
        self._requires_grad = False
        return self

    def _shared_vc(self):
        if self._vc is None:
            self._vc = [0]
        return self._vc

    def _detached_copy(self, order: Literal["C", "F"] = "C") -> "Tensor":
        return make(self._data.copy(order=order), self.dtype)

    def _copy_laid_out_as(self, like: np.ndarray) -> "Tensor":
        """A copy with the order of strides of the dense array ``like`` (a channels-last leaf's)."""
        out = np.empty_like(like, dtype=self._data.dtype)
        np.copyto(out, self._data)
        return make(out, self.dtype)

    def _accumulate_(self, other: "Tensor") -> None:
        # In-place .grad accumulation (no graph), as PyTorch's AccumulateGrad does.
        if self._data.flags.writeable:
            np.add(self._data, other._data, out=self._data, casting="unsafe")
        else:
            self._data = self._data + other._data
        self._bump_version()

    @property
    def data(self) -> "Tensor":
        # Shares the values but not the version counter: changes through .data go unseen.
        return make(_vmap_levels.data_of_unbatched(self), self.dtype)

    @data.setter
    def data(self, value: "Tensor") -> None:
        if not isinstance(value, Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type_name(value)}")
        if self._requires_grad and not (value.dtype.is_floating_point or value.dtype.is_complex):
            raise RuntimeError("data set to a tensor that requires gradients must be floating point or complex dtype")
        self._data = value._data
        self.dtype = value.dtype
        if value._on_meta is not self._on_meta:  # model.to("meta"), to_empty(): the device moves too
            self.__dict__["_on_meta"] = value._on_meta

    @property
    def _base(self) -> "Tensor | None":
        """PyTorch's ``_base``: the tensor a view was made from (the root of views, conj() views included)."""
        base = self._view_of
        if base is None:
            return self.__dict__.get("_conj_base")
        conj_base = base.__dict__.get("_conj_base")  # a view of a conj() view: the conj view's base
        return base if conj_base is None else conj_base

    _base_tensor = _base

    def _is_view(self) -> bool:
        return self._base is not None

    # ----- printing and Python protocols ------------------------------------------------------
    def __dir__(self) -> list[str]:
        return without_engine_fields(object.__dir__(self), type(self))

    def __repr__(self, *, tensor_contents: Any = None) -> str:
        _vmap_levels.refuse_repr(self)
        node = self.grad_fn
        if self._on_meta:
            return printing.format_meta(self._data.shape, self.dtype, type(node).__name__ if node is not None
                                        else None, self._requires_grad)
        tangent = self._tangent()
        return printing.format_tensor(self._data, self.dtype,
                                      grad_fn_name=type(node).__name__ if node is not None else None,
                                      requires_grad=self._requires_grad,
                                      tangent=None if tangent is None else repr(tangent))

    def _tangent(self) -> Tensor | None:
        """The forward-mode tangent at the active dual level, if this tensor has one."""
        fw = self._fw
        if fw is None or fw[0] is not _State.dual_level or _State.dual_level is None:
            return None
        return fw[1]

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        one_value = self._data.ndim == 0 and not self._on_meta
        return self.item().__format__(spec) if one_value else object.__format__(self, spec)

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return iter(self.unbind(0))

    def __bool__(self) -> bool:
        _vmap_levels.refuse_scalar(self, _vmap_levels.CONTROL_FLOW)
        n = self._data.size
        if n == 0:
            raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
        if n > 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return bool(self._data.reshape(-1)[0])

    def __float__(self) -> float:
        return float(_real_scalar(self._scalar_for("float"), "double"))

    def __int__(self) -> int:
        value = int(_real_scalar(self._scalar_for("int"), "int64_t"))
        if value >= 2**63:  # a uint64 past int64: Python's int() goes through int64 in PyTorch
            raise RuntimeError("value cannot be converted to type int64_t without overflow")
        return value

    def __complex__(self) -> complex:
        return complex(self._scalar_for("complex"))

    def __index__(self) -> int:
        _vmap_levels.refuse_scalar(self)
        if self.dtype.is_floating_point or self.dtype.is_complex or self._data.size != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self._data.reshape(-1)[0])

    def _scalar_for(self, kind: str):
        _vmap_levels.refuse_scalar(self)
        if self._requires_grad and is_grad_enabled():  # PyTorch stays quiet under no_grad; warns before the size check
            warn_once(_SCALAR_OF_GRAD_TENSOR)
        if self._data.size != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return self._data.reshape(-1)[0].item()

    def __hash__(self) -> int:
        return id(self)

    def __array__(self, dtype=None):  # no copy keyword: numpy warns about that, as under PyTorch
        data = self.numpy()
        return data if dtype is None else data.astype(dtype, copy=False)

    def __contains__(self, element) -> bool:
        if not isinstance(element, (Tensor, numbers.Number)):
            raise RuntimeError(f"Tensor.__contains__ only supports Tensor or scalar, but you passed in a "
                               f"{type(element)}.")
        # a tensor element comes first, as in PyTorch, so a shape clash names its size as tensor a
        found: Any = element == self if isinstance(element, Tensor) else self == element
        return bool(found.any().item())

    def __deepcopy__(self, memo):
        if self.grad_fn is not None:
            raise RuntimeError(
                "Only Tensors created explicitly by the user (graph leaves) support the deepcopy "
                "protocol at the moment.  If you were attempting to deepcopy a module, this may be "
                "because of a torch.nn.utils.weight_norm usage, see "
                "https://github.com/pytorch/pytorch/pull/103001"
            )
        if id(self) in memo:
            return memo[id(self)]
        new = make(self._data.copy(), self.dtype, type(self))
        new._requires_grad = self._requires_grad
        if self._grad is not None:
            new._grad = self._grad.__deepcopy__(memo)
        if getattr(self, "__dict__", None):
            import copy
            new.__dict__.update(copy.deepcopy(self.__dict__, memo))
        memo[id(self)] = new
        return new

    def __reduce_ex__(self, protocol):
        return (_rebuild, (self._data.copy(), self.dtype.name, self._requires_grad, type(self)))

    # ----- conversions ------------------------------------------------------------------------
    def item(self):
        _vmap_levels.refuse_scalar(self)
        if self._data.size != 1:
            raise RuntimeError(f"a Tensor with {self._data.size} elements cannot be converted to Scalar")
        return self._data.reshape(-1)[0].item()

    def tolist(self):
        _vmap_levels.refuse_storage(self)
        return self._data.tolist()

    def numpy(self, *, force: bool = False) -> np.ndarray:
        if self._requires_grad and not force:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        _vmap_levels.refuse_storage(self, any_transform=True)
        if self.dtype is _BFLOAT16:  # numpy has no such type
            raise TypeError("Got unsupported ScalarType BFloat16")
        if "_conj" in self.__dict__:
            if force:
                return np.conjugate(self._data.view(np.ndarray))  # force resolves the bit: a copy
            raise RuntimeError("Can't call numpy() on Tensor that has conjugate bit set. Use tensor.resolve_conj()"
                               ".numpy() instead.")
        return self._data.view(np.ndarray)  # a fresh plain ndarray on the same memory, as PyTorch gives

    def cpu(self) -> "Tensor":
        return self

    def cuda(self, *args, **kwargs):
        raise AssertionError("Torch not compiled with CUDA enabled")

    def float(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.float32, memory_format=memory_format)

    def double(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.float64, memory_format=memory_format)

    def half(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.float16, memory_format=memory_format)

    def bfloat16(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.bfloat16, memory_format=memory_format)

    def long(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.int64, memory_format=memory_format)

    def int(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.int32, memory_format=memory_format)

    def short(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.int16, memory_format=memory_format)

    def bool(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.bool_, memory_format=memory_format)

    def byte(self, memory_format: Any = None) -> "Tensor":
        return self.to(dtypes.uint8, memory_format=memory_format)

    def type(self, dtype=None, non_blocking=False):
        if dtype is None:
            return "torch." + self.dtype.legacy_name
        if isinstance(dtype, type) and isinstance(getattr(dtype, "dtype", None), dtypes.dtype):
            dtype = dtype.dtype  # torch.LongTensor and the other legacy types
        elif isinstance(dtype, type):  # float, np.float64: only torch's own types are types here
            name = dtype.__qualname__ if dtype.__module__ == "builtins" else f"{dtype.__module__}.{dtype.__qualname__}"
            raise ValueError(f"invalid type: '{name}'")
        elif isinstance(dtype, str):  # the legacy type's full name only ('torch.DoubleTensor')
            if dtype.startswith("torch.cuda."):
                raise RuntimeError(_NO_CUDA_LIBRARY)
            found = [d for d in dtypes.ALL if dtype == "torch." + d.legacy_name]
            if not found:
                raise ValueError(f"invalid type: '{dtype}'")
            dtype = found[0]
        elif not isinstance(dtype, dtypes.dtype):
            raise TypeError("dtype must be a type, str, or dtype object")
        return self.to(dtype)

    def type_as(self, other: "Tensor") -> "Tensor":
        return self.to(other.dtype)


_NO_CUDA_LIBRARY = (
    "Cannot initialize CUDA without ATen_cuda library. PyTorch splits its backend into two shared libraries: a CPU "
    "library and a CUDA library; this error has occurred because you are trying to use some CUDA functionality, but "
    "the CUDA library has not been loaded by the dynamic linker for some reason.  The CUDA library MUST be loaded, "
    "EVEN IF you don't directly use any symbols from the CUDA library! One common culprit is a lack of "
    "-Wl,--no-as-needed in your link arguments; many dynamic linkers will delete dynamic library dependencies if you "
    "don't depend on any of their symbols.  You can check if this has occurred by using ldd on your binary to see if "
    "there is a dependency on *_cuda.so library.")


def _real_scalar(value: Any, c_type: str) -> Any:
    """A complex element converts to a real number only without an imaginary part, as in c10."""
    if isinstance(value, complex):
        if value.imag != 0:
            raise RuntimeError(f"value cannot be converted to type {c_type} without overflow")
        return value.real
    return value


def _leaf_only_message(requires_grad: bool) -> str:
    text = "you can only change requires_grad flags of leaf variables."
    if not requires_grad:
        text += (" If you want to use a computed variable in a subgraph that doesn't require "
                 "differentiation use var_no_grad = var.detach().")
    return text


def _contiguous_strides(shape) -> tuple:
    strides, acc = [], 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= max(d, 1)
    return tuple(reversed(strides))


def _c_type(d: dtypes.dtype) -> str:
    return {"float32": "float", "float64": "double", "int64": "long int", "int32": "int",
            "int16": "short int", "int8": "signed char", "uint8": "unsigned char",
            "bool": "bool", "float16": "c10::Half", "bfloat16": "c10::BFloat16",
            "complex64": "c10::complex<float>", "complex128": "c10::complex<double>",
            "uint16": "short unsigned int", "uint32": "unsigned int", "uint64": "long unsigned int"}.get(d.name, d.name)


_DISCARDS_IMAGINARY = ("Casting complex values to real discards the imaginary part (Triggered internally at "
                       "/__w/pytorch/pytorch/aten/src/ATen/native/Copy.cpp:307.)")


def real_values(data: np.ndarray, dtype: dtypes.dtype) -> np.ndarray:
    """Complex values copied or cast into a real dtype: their real parts, with PyTorch's warning."""
    warn_once(_DISCARDS_IMAGINARY)
    with np.errstate(all="ignore"):
        return np.asarray(data).real.astype(dtype.np)


def _scalar_name(d: dtypes.dtype) -> str:
    return dtypes._SCALAR_NAME[d.name]


_BFLOAT16 = dtypes.bfloat16


def make(data: np.ndarray, dtype: dtypes.dtype, cls=Tensor) -> Tensor:
    """A new leaf tensor around ``data`` (the hot path: no checks, no copies)."""
    if dtype._adjust is not None:  # bfloat16's rounding, complex values' guard
        data = dtype._adjust(data)
    t = object.__new__(cls)
    t._data = data
    t.dtype = dtype
    t._requires_grad = False
    t._grad = None
    t.grad_fn = None
    t._vc = None
    t._accumulator = None
    if _State.inference:  # whatever inference mode makes is an inference tensor (views: see _view_op)
        t.__dict__["_inference"] = True
    if _State.meta:
        t.__dict__["_on_meta"] = True
    return t


def _rebuild(data, dtype_name, requires_grad, cls=Tensor):
    t = make(data, dtypes._by_name(dtype_name), cls)
    t._requires_grad = requires_grad
    return t


# ---------------------------------------------------------------------------------------------
# Nested Python data to arrays, dims and layouts: what the constructors and shape methods share.
# ---------------------------------------------------------------------------------------------
class layout(metaclass=Uncreatable):
    def __repr__(self) -> str:
        return LAYOUT_NAMES.get(id(self), "torch.strided")


LAYOUT_NAMES: dict[int, str] = {}  # the layouts other than torch.strided (torch.sparse_coo: sparse_tensor.py)


c_named(layout, "torch.layout")
strided = layout()
sealed(layout)


class _NoDim:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<no dim>"


NO_DIM = _NoDim()  # the default of a dim whose None PyTorch refuses (squeeze, median): "not given"


class ArgumentTypeError(TypeError):
    """An argument of a type PyTorch's parser refuses (a dim that is a tuple, a float, a bool...);
    the public entry turns it into the parser's own message for the call as written."""


def is_dim(value) -> bool:
    """Whether PyTorch's parser takes ``value`` for an int dim (an int, a numpy integer, an integer
    0-d tensor; never a bool)."""
    return value.__class__ is int or value.__class__ is GivenDim or isinstance(value, np.integer) or (
        isinstance(value, Tensor) and value._data.ndim == 0 and value._data.dtype.kind in "iu"
        and not value._requires_grad)


def int_list(value) -> tuple:
    """A ``tuple of ints[1]`` argument (roll's shifts and dims): one int or a sequence of them."""
    if isinstance(value, (tuple, list)):  # (after the first, the parser unpacks a bool as an int)
        return tuple(v if v.__class__ is int else int(v) if k and isinstance(v, (bool, np.bool_)) else index_dim(v)
                     for k, v in enumerate(value))
    return (index_dim(value) if value.__class__ is not int else value,)


def index_dim(dim) -> int:
    """A dim that is not a Python int, as PyTorch's parser reads it: a numpy integer or an integer
    0-d tensor stands for its value; anything else (a bool too) is refused."""
    if is_dim(dim):
        return int(dim._data) if isinstance(dim, Tensor) else int(dim)
    raise ArgumentTypeError(f"dim must be int, not {type(dim).__name__}")


def _keyword_dim(positional: Any, keyword: dict, method: str) -> Any:
    """``x.size(dim=d)`` (or numpy's ``axis=d``, which the parser takes too): d, checked as the parser
    checks a keyword (its error names no position)."""
    for name in keyword:
        if name not in ("dim", "axis") or len(keyword) > 1:
            raise TypeError(f"{method}() got an unexpected keyword argument '{name}'")
    if positional is not None:
        raise TypeError(f"{method}() got multiple values for argument 'dim'")
    dim = keyword.get("dim", keyword.get("axis"))
    if dim is not None and not is_dim(dim):
        raise TypeError(f"{method}(): argument 'dim' must be int, not {_type_name_of(dim)}")
    return dim


def _method_dim(dim, method: str) -> int:
    """``x.size(dim)`` / ``x.stride(dim)``: the parser's error for a dim it refuses (as given
    positionally, the usual call)."""
    if dim.__class__ is int:
        return dim
    if not is_dim(dim):
        raise TypeError(f"{method}(): argument 'dim' (position 1) must be int, not {_type_name_of(dim)}")
    return int(dim._data) if isinstance(dim, Tensor) else int(dim)


def _type_name_of(value) -> str:
    kind = type(value)
    return kind.__name__ if kind.__module__ == "builtins" or isinstance(value, Tensor) else \
        f"{kind.__module__}.{kind.__name__}"


def norm_dim(dim: int, ndim: int) -> int:
    """A possibly negative dim made positive, with PyTorch's IndexError when out of range."""
    if dim.__class__ is not int:
        dim = index_dim(dim)
    lo, hi = (-ndim, ndim - 1) if ndim > 0 else (-1, 0)
    if not lo <= dim <= hi:
        raise IndexError(f"Dimension out of range (expected to be in range of [{lo}, {hi}], but got {dim})")
    if dim < 0:
        return given_as(dim + ndim if ndim > 0 else 0, dim)
    return dim if ndim > 0 else 0


def dim_of_nonscalar(dim: int, ndim: int) -> int:
    """norm_dim for ops that refuse a dim on a 0-d tensor (size, stride, unbind, roll, trapezoid)."""
    if ndim == 0:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    return norm_dim(dim, ndim)


def _legacy_shape(sizes) -> tuple:
    shape = [int(a) for a in sizes]
    for d in shape:
        if d < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {d}: {shape}")
    return tuple(shape)


def check_numpy_strides(array: np.ndarray) -> np.ndarray:
    """PyTorch refuses to wrap a numpy array with a negative stride (``a[::-1]``)."""
    if array.strides and min(array.strides) < 0:
        raise ValueError("At least one stride in the given numpy array is negative, and tensors with negative "
                         "strides are not currently supported. (You can probably work around this by making a copy "
                         "of your array  with array.copy().) ")
    return array
