"""How an op attaches its node to its result: ``record``, and the node every table entry makes.

An op computes its result on numpy arrays, then calls ``record(RULES[name], inputs, out)``.
If grad mode is on and an input needs a gradient, the result gets a ``grad_fn``: a node of the
class PyTorch names (``MulBackward0``), with edges to the inputs' nodes and the values the
entry's formulas need, saved now. ``OpNode.apply`` later calls those formulas.

``RULES`` is filled by ``derivatives.py`` (the table), which the engine's ``__init__`` loads
before any op can run: the table is written in the engine's own ops, so the ops look their
entries up by name, as PyTorch's dispatcher does, instead of importing the table.

Only what the formulas of the inputs that need a gradient mention is saved, as PyTorch does;
that decides which graphs may be walked twice without ``retain_graph``. Inside
``torch.autograd.graph.saved_tensors_hooks`` each saved tensor goes through the pack hook when
it is saved and through the unpack hook when backward (or ``grad_fn._saved_*``) reads it. Gradients that come
out in a broadcast shape are summed back to the input's shape in one place
(``OpNode.apply``, with ``sum_to``), never in a formula.
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._given_dims import DefaultNumber
from autograd_tui.engine._tensor import GivenDim, GivenDims, Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.graph import Node, _sequence, remember_forward
from autograd_tui.engine.parity.summation import float_sum
from autograd_tui.engine.saved_shown import DERIVED, HIDDEN, RAW, SHOWN_AS

SAVED_FREED = (
    "Trying to backward through the graph a second time (or directly access saved tensors after "
    "they have already been freed). Saved intermediate values of the graph are freed when you call "
    ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through "
    "the graph a second time or if you need to access saved tensors after calling backward."
)


_INFERENCE_SAVED = (
    "Inference tensors cannot be saved for backward. Please do not use Tensors created in inference "
    "mode in computation tracked by autograd. To work around this, you can make a clone to get a normal "
    "tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`."
)


# Saved-tensor hooks
# ---------------------------------------------------------------------------------------------
# The (pack, unpack) pairs of the active ``saved_tensors_hooks`` blocks, innermost last, and the
# message that ``disable_saved_tensors_hooks`` makes entering such a block raise.
SAVED_HOOKS: list[tuple[Callable, Callable]] = []
SAVED_HOOKS_DISABLED: list[str | None] = [None]

_PACK_INPLACE = (
    "A saved tensor pack hook is modifying its input in place. Tensors provided as input to pack hook "
    "cannot be modified by in-place operations as this can lead to unexpected side-effects. Please open "
    "an issue if you need to perform in-place operations on the input to a pack hook."
)


_SELF: Any = object()

# The rules of the ops whose results are views of their input (filled in by functions/shapes.py).
VIEW_RULES: set[str] = set()


class _NameOnly:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


_NAME_ONLY_AS_STRIDED = _NameOnly("AsStridedBackward0")


class Packed:
    """A saved tensor as the pack hook returned it, and where the unpacked tensor stands in the graph."""

    __slots__ = ("packed", "unpack_hook", "grad_fn", "output_nr", "requires_grad", "accumulator")

    def __init__(self, tensor: Tensor, hooks: tuple[Callable, Callable], data: Tensor | None = None) -> None:
        """``data``: what the pack hook is given, when not ``tensor`` itself (a detached copy)."""
        pack, self.unpack_hook = hooks
        self.grad_fn, self.output_nr = tensor.grad_fn, tensor._output_nr
        self.requires_grad, self.accumulator = tensor._requires_grad, tensor._accumulator
        version = tensor._version
        prev = _State.enabled
        _State.enabled = False  # PyTorch runs pack hooks in no-grad mode
        try:
            self.packed = pack(tensor if data is None else data)
        finally:
            _State.enabled = prev
        if tensor._version != version:
            raise RuntimeError(_PACK_INPLACE)

    def unpack(self) -> Tensor:
        data = self.unpack_hook(self.packed)
        if not isinstance(data, Tensor):
            raise TypeError("Output of saved tensor unpack_hook expected to be a Tensor but got result of type "
                            f"{type(data).__name__}")
        # A new tensor with the unpacked values, standing where the saved one stood (no version
        # check: PyTorch cannot follow versions through the hooks).
        tensor = make(data._data, data.dtype)
        tensor.grad_fn, tensor._output_nr = self.grad_fn, self.output_nr
        tensor._requires_grad, tensor._accumulator = self.requires_grad, self.accumulator
        return tensor


def _pack_saved(saved: dict, out: Tensor, hooks: tuple[Callable, Callable]) -> None:
    """Hand every tensor ``record`` saved to the pack hook, in the order they were saved."""
    for name, value in saved.items():
        if isinstance(value, _SavedOutput):
            packed = saved[name] = Packed(out, hooks)
            packed.grad_fn = _SELF  # not the node itself, which would then hold itself alive
        elif value.__class__ is tuple:
            saved[name] = Packed(value[0], hooks)


class Formula:
    """One input's gradient formula, the names it reads, and those of them saved at record time."""

    __slots__ = ("fn", "params", "saved", "only_grad", "grad_then_saved")

    def __init__(self, fn: Callable) -> None:
        self.fn = fn
        self.params = fn.__code__.co_varnames[: fn.__code__.co_argcount]
        self.saved = tuple(p for p in self.params if p not in ("grad", "grads"))
        self.only_grad = self.params == ("grad",)  # as most: called with the gradient alone
        # called as fn(grad, *saved values): its arguments need no comprehension to be put in order
        self.grad_then_saved = self.params[:1] == ("grad",) and self.params[1:] == self.saved


class Rule:
    """A table entry: node class, forward, and the formulas of the differentiable inputs."""

    __slots__ = ("name", "node_cls", "forward", "formulas", "diff_inputs", "input_names", "input_index",
                 "saves_result", "once_differentiable", "attr_names", "jvp", "frees_attrs", "joint",
                 "always_saved", "joint_grads")
    forward: Any  # numpy arrays in, an array out; None where the op computes its result itself

    def __init__(self, name: str, node_name: str, forward: Callable | None, formulas: Sequence[Callable],
                 diff_inputs: tuple[int, ...], input_names: tuple[str, ...] = ("self", "other"),
                 jvp: Callable | None = None) -> None:
        self.name = name
        self.node_cls = _node_class(node_name)
        self.forward = forward
        self.formulas = tuple(Formula(f) for f in formulas)
        self.diff_inputs = diff_inputs  # positions of inputs that get an edge
        self.input_names = input_names  # PyTorch's names of the inputs, in order
        self.input_index = {n: i for i, n in enumerate(input_names)}
        self.saves_result = any("result" in f.params for f in self.formulas)
        self.once_differentiable = False  # formulas outside the engine's ops (numpy kernels)
        self.attr_names: set[str] = set()  # the non-tensor values its nodes were given, by name
        # whether its nodes keep tensors among those values (gather's index), which PyTorch's node
        # saves, and so frees after backward like the saved inputs
        self.frees_attrs = False
        # PyTorch's own forward formula (derivatives.yaml's ``result:``) where its rounding differs
        # from J·t taken through the backward formulas: f(inputs, tangents, out, attrs) -> tangent
        self.jvp = jvp
        # Under create_graph, every input's gradient at once, recorded as one node of several
        # outputs as PyTorch's backward op is (convolution's ConvolutionBackwardBackward0):
        # f(grad, saved values, meta) -> a gradient (or None) per input
        self.joint: Callable | None = None
        # Every input's gradient at once from the gradients of all the node's outputs, under
        # create_graph or when one arrives at an output other than the first (group norm's saved
        # mean and 1/std, read by its create_graph formula): f(grads, saved values, meta)
        self.joint_grads: Callable | None = None
        saved = {p for f in self.formulas for p in f.saved}
        # What PyTorch's generated node saves whichever inputs need a gradient: its codegen guards
        # a saved tensor by the one input whose formula reads it, but not in a backward op's node
        # (``ThresholdBackwardBackward0`` keeps ``self``) nor when two formulas read it.
        savable = [p for f in self.formulas for p in f.saved if p in self.input_index or p == "result"]
        self.always_saved = tuple(dict.fromkeys(
            p for p in savable if "backward" in name or savable.count(p) > 1))
        shown_as = SHOWN_AS.get(node_name, {})
        _expose_saved(self.node_cls, {p for p in saved if p not in shown_as})
        _expose_raw_saved(self.node_cls, {p for p in saved
                                          if (p in input_names or p == "result") and p not in shown_as})
        for engine_name, shown in shown_as.items():
            _expose_saved(self.node_cls, (shown,), engine_name)
            if engine_name in input_names or engine_name == "result":
                _expose_raw_saved(self.node_cls, (shown,), engine_name)

    def expose_attrs(self, attrs: dict) -> None:
        """Show the op's non-tensor arguments (``exponent``, ``dim``) as ``_saved_*`` too, but not the
        engine's own bookkeeping, which PyTorch's nodes have no attribute for."""
        self.attr_names.update(attrs)
        _expose_saved(self.node_cls, attrs)
        # a tensor argument (index, indices) is a saved tensor of PyTorch's node: its raw view too
        _expose_raw_saved(self.node_cls, [name for name, value in attrs.items()
                                          if name not in _ENGINE_ATTRS and _holds_tensor(value)])
        if any(_holds_tensor(value) for name, value in attrs.items() if name not in _ENGINE_ATTRS):
            self.frees_attrs = True


def _holds_tensor(value: Any) -> bool:
    """A tensor, or a tuple with one (the indices of ``x[i, j]``)."""
    return isinstance(value, Tensor) or value.__class__ is tuple and any(isinstance(v, Tensor) for v in value)


# Values the engine's formulas read that are no argument of PyTorch's op.
_ENGINE_ATTRS = frozenset({"shape", "key", "geometry", "sizes", "vshape", "axes", "count", "in_shape", "source_shape",
                           "out_shape", "in_hw", "out_hw", "cache", "is_result", "picks", "indices_array",
                           "sparse_input",
                           "same_op", "norm", "weight_total", "numel", "self_cols", "mat1_cols", "mat2_cols",
                           "self_strides", "mat1_strides", "mat2_strides",
                           "pool_kernel", "pool_stride", "pool_pad", "divisor", "conv_stride", "conv_pad",
                           "conv_dilation", "conv_dims", "w_shape",
                           "resample_kind", "resample_scales", "resample_align",
                           # a ScalarType PyTorch's node keeps but does not show (CumsumBackward0)
                           "self_scalar_type"})


_node_classes: dict[str, type] = {}


# Nodes PyTorch writes by hand in C++ rather than generating: their name() says so.
_HAND_WRITTEN_NODES = frozenset({"CopySlices", "NotImplemented", "CopyBackwards"})


def _expose_saved(cls: type, names: Iterable[str], engine_name: str | None = None) -> None:
    """PyTorch shows what a node saved as ``_saved_self``, ``_saved_exponent``, ...: one property
    per name on the node class. (Not a ``__getattr__``: a class with one loses CPython's fast
    attribute access, and the backward pass reads node attributes all the time.) ``engine_name``:
    the value the engine keeps under another name (saved_shown.SHOWN_AS)."""
    hidden = HIDDEN.get(cls.__name__, ())
    for name in names:
        attr = "_saved_" + name
        if attr not in cls.__dict__ and name not in _ENGINE_ATTRS and name not in hidden:
            setattr(cls, attr, property(functools.partial(_read_saved, name=engine_name or name)))


def _read_saved(node: OpNode, name: str) -> Any:
    return node._value_saved(name)


def _expose_raw_saved(cls: type, names: Iterable[str], engine_name: str | None = None) -> None:
    """A saved tensor's ``_raw_saved_*``: the ``SavedTensor`` PyTorch shows beside its value (a
    tuple of them for a list of tensors, as ``indices``)."""
    hidden = HIDDEN.get(cls.__name__, ())
    for name in names:
        attr = "_raw_saved_" + name
        if attr not in cls.__dict__ and name not in hidden:
            setattr(cls, attr, property(functools.partial(_raw_saved, name=engine_name or name)))


def _raw_saved(node: OpNode, name: str) -> Any:
    if node._attrs and node._attrs.get(name).__class__ is tuple:
        return tuple(_ShownSavedTensor(node, name) for _ in node._attrs[name])
    if name in DERIVED.get(type(node).__name__, ()):
        return _ShownSavedTensor(node, name)
    return SavedTensor(node, name)


_HOOKS_FREED = ("Calling register_hooks on a saved tensor after it has been freed. Saved intermediate values of the "
                "graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need "
                "to backward through the graph a second time or if you need to access saved variables after calling "
                "backward.")
_HOOKS_SET = ("Calling register_hooks on a saved tensor whose hooks have already been set. Hint: only one pair of "
              "hooks is allowed at a time.")


class SavedTensor:
    """``grad_fn._raw_saved_self``: what the node saved, to which ``register_hooks(pack, unpack)``
    gives its own saved-tensor hooks (pack runs now, unpack when the value is read)."""

    __slots__ = ("_node", "_name")

    def __init__(self, node: OpNode, name: str) -> None:
        self._node, self._name = node, name

    def __dir__(self) -> list[str]:
        return [name for name in object.__dir__(self) if name not in ("_node", "_name")]

    def register_hooks(self, *hooks: Any) -> None:
        if len(hooks) != 2 or not all(callable(h) for h in hooks):
            raise TypeError("register_hooks(): incompatible function arguments. The following argument types are "
                            "supported:\n    1. (self: torch._C._autograd.SavedTensor, arg0: collections.abc.Callable, "
                            "arg1: collections.abc.Callable) -> None\n\nInvoked with: "
                            + ", ".join(repr(value) for value in (self, *hooks)))
        node, name = self._node, self._name
        if node._released:
            raise RuntimeError(_HOOKS_FREED)
        if node._saved is not None and node._saved.get(name).__class__ is Packed:
            raise RuntimeError(_HOOKS_SET)
        value = node._value_saved(name)
        if value is None or node._saved is None:
            raise RuntimeError("Calling register_hooks on a saved tensor with value None is forbidden")
        output = node._saved[name].__class__ is _SavedOutput
        # the pack hook gets the saved data, as PyTorch keeps it: without its place in the graph
        packed = node._saved[name] = Packed(value, (hooks[0], hooks[1]), value.detach())
        if output:
            packed.grad_fn = _SELF  # the node's own result: not the node, which would hold itself alive


SavedTensor.__module__ = "torch._C._autograd"  # its repr: <torch._C._autograd.SavedTensor object at 0x…>


class _ShownSavedTensor(SavedTensor):
    """A ``SavedTensor`` the engine only shows: one of a saved list of tensors (``_raw_saved_indices``),
    or a value its formulas do not read (saved_shown.DERIVED), whose hooks would never run."""

    __slots__ = ()

    def register_hooks(self, *hooks: Any) -> None:
        raise NotImplementedError(f"saved-tensor hooks on {type(self._node).__name__}'s saved {self._name} are not "
                                  "available in the embedded engine; `--backend torch` runs them.")


_ShownSavedTensor.__name__ = _ShownSavedTensor.__qualname__ = "SavedTensor"
_ShownSavedTensor.__module__ = "torch._C._autograd"


# Nodes that PyTorch shows their input's shape on (``_saved_self_sym_sizes``, and a mean's
# ``_saved_self_sym_numel``); the engine reads both from the input's recorded shape.
_SHAPE_SAVED: dict[str, tuple[str, ...]] = {name: ("self_sym_sizes",) for name in (
    "SumBackward0", "SumBackward1", "ViewBackward0", "ExpandBackward0", "SqueezeBackward0", "SqueezeBackward1",
    "SqueezeBackward2", "SelectBackward0", "SliceBackward0", "SplitBackward0", "SplitWithSizesBackward0",
    "UnsafeSplitBackward0", "UnsafeSplitWithSizesBackward0",
    "IndexSelectBackward0", "KthvalueBackward0", "IndexBackward0")}
_SHAPE_SAVED.update({name: ("self_sym_sizes", "self_sym_numel") for name in ("MeanBackward0", "MeanBackward1")})
_SHAPE_SAVED.update({name: ("self_sym_sizes",) for name in (
    "MaxBackward0", "MinBackward0", "SortBackward0", "TopkBackward0", "RepeatBackward0", "TraceBackward0",
    "UnsafeViewBackward0", "UnfoldBackward0", "SqueezeBackward3", "SqueezeBackward4", "SqueezeBackward5",
    "MedianBackward1", "NanmedianBackward1", "ModeBackward0", "DiagonalBackward0")})
# Matrix products show each matrix's sizes, and its strides when it needs a gradient (its own backward
# lays the gradient out as the matrix is): ``_saved_mat1_sym_sizes``, ``_saved_mat1_sym_strides``.
_LAYOUT_SAVED: dict[str, tuple[str, ...]] = {"MmBackward0": ("self", "mat2"), "AddmmBackward0": ("mat1", "mat2")}
_SHAPE_SAVED.update({name: tuple(f"{matrix}_sym_{kind}" for matrix in matrices for kind in ("sizes", "strides"))
                     for name, matrices in _LAYOUT_SAVED.items()})
# What a node shows for an argument the call left at its default, where the engine records nothing.
_DEFAULT_SAVED: dict[str, dict[str, Any]] = {"AddBackward0": {"alpha": 1}, "SubBackward0": {"alpha": 1}}


def _node_class(name: str) -> type:
    cls = _node_classes.get(name)
    if cls is None:
        namespace: dict = {"__slots__": (), "__module__": "builtins"}  # C++ classes: <class 'MulBackward0'>
        if name in _HAND_WRITTEN_NODES:
            namespace["name"] = lambda self: f"torch::autograd::{type(self).__name__}"
        cls = _node_classes[name] = type(name, (OpNode,), namespace)
        _expose_saved(cls, (*_SHAPE_SAVED.get(name, ()), *_DEFAULT_SAVED.get(name, ()), *DERIVED.get(name, ())))
        _expose_raw_saved(cls, RAW.get(name, ()))
    return cls


class _SavedOutput:
    """The op's own result, kept as data so the node does not hold its output alive; ``nr`` is
    its position among the outputs of an op with several (``U, S, Vh``)."""

    __slots__ = ("data", "dtype", "vc", "version", "nr", "fw")

    def __init__(self, out, nr: int = 0) -> None:
        if out._vc is None:
            out._vc = [0]
        self.data, self.dtype, self.vc, self.version = out._data, out.dtype, out._vc, out._vc[0]
        self.nr = nr
        self.fw = None  # the result's forward-AD tangent, set by forward_ad once it is known


class OpNode(Node):
    __slots__ = ("_rule", "_saved", "_attrs", "_meta", "_released", "_num_outputs")
    _rule: Rule
    _saved: dict | None
    _attrs: dict | None
    _meta: list
    _released: bool
    _returns_own_grads = True  # formulas make new tensors, or views of the arriving gradient
    __dir__ = Node._shown_names

    def apply(self, grads: list, create_graph: bool) -> list:
        values = None
        g = grads[0]
        if create_graph and self._rule.joint is not None and g is not None:
            return self._rule.joint(g, self._unpack(), self._meta)
        if self._rule.joint_grads is not None and (create_graph or any(x is not None for x in grads[1:])):
            return self._rule.joint_grads(grads, self._unpack(), self._meta)
        input_grads: list = []
        for k, (formula, meta) in enumerate(zip(self._rule.formulas, self._meta)):
            if meta is None or (g is None and "grads" not in formula.params):
                input_grads.append(None)  # no gradient needed, or none arrived at this output
                continue
            if formula.only_grad:
                if self._released:  # PyTorch's node unpacks every saved tensor first, whichever formulas run
                    raise RuntimeError(SAVED_FREED)
                grad = formula.fn(g)
            else:
                if values is None:
                    values = self._unpack()
                if formula.grad_then_saved:
                    grad = formula.fn(g, *map(values.__getitem__, formula.saved))
                else:
                    grad = formula.fn(*[g if p == "grad" else grads if p == "grads" else values[p]
                                        for p in formula.params])
            if create_graph and grad is not None and not grad._requires_grad and grad._data.view(np.ndarray).any():
                # Linear in g: a nonzero gradient without history although g has one was made
                # outside the engine's ops; so was any of a numpy-kernel formula.
                sources = [g] if g is not None and g._requires_grad else []
                if self._rule.once_differentiable:
                    sources += [t for t in (values or self._unpack()).values()
                                if isinstance(t, Tensor) and t._requires_grad and t is not g]
                    # PyTorch's backward kernel takes the input too, so the gradient depends on it
                    sources.append(_standing_at(self.next_functions[k], meta))
                if sources:
                    grad = _not_differentiable_again(self, grad, sources)
            if grad is not None:
                shape, dtype = meta
                if grad._data.shape != shape:
                    _check_summable(self, k, grad._data.shape, shape)
                    grad = sum_to(grad, shape)
                if grad.dtype is not dtype:
                    if grad.dtype.is_complex and not dtype.is_complex:
                        grad = grad.real  # a real input of a complex result: PyTorch's handle_r_to_c
                    grad = grad.to(dtype)
            input_grads.append(grad)
        return input_grads

    def apply_wanted(self, grads: list, create_graph: bool, wanted: list) -> list:
        # the unwanted inputs' formulas are skipped as those of inputs that need no gradient
        # (apply itself stays as backward() runs it, without a check per formula)
        meta = self._meta
        self._meta = [m if w else None for m, w in zip(meta, wanted)]
        try:
            return self.apply(grads, create_graph)
        finally:
            self._meta = meta

    def _unpack(self) -> dict:
        if self._released:
            raise RuntimeError(SAVED_FREED)
        saved = self._saved
        if not saved:
            return self._attrs or _EMPTY
        values = dict(self._attrs) if self._attrs else {}
        for name, value in saved.items():
            cls = value.__class__
            if cls is tuple and value[1] == (value[0]._vc[0] if value[0]._vc is not None else 0):
                values[name] = value[0]  # the common case, inline: a saved input still unchanged
            elif cls is tuple or cls is _SavedOutput or cls is Packed:
                values[name] = self._unpack_one(value)
            else:
                values[name] = value  # a plain number
        return values

    def _unpack_one(self, value: Any) -> Any:
        if isinstance(value, _SavedOutput):
            if value.vc[0] != value.version:
                raise RuntimeError(_modified_message(value.dtype, value.data.shape, value.vc[0],
                                                     value.version, self))
            tensor = _wrap(value.data, value.dtype)
            if value.fw is not None:
                tensor._fw = value.fw
            if _State.enabled:  # create_graph: the result depends on the inputs through us
                tensor.grad_fn, tensor._requires_grad, tensor._output_nr = self, True, value.nr
            return tensor
        if value.__class__ is tuple:  # (tensor, version at save time)
            tensor, version = value
            now = tensor._vc[0] if tensor._vc is not None else 0
            if now != version:
                node = tensor.grad_fn
                if tensor._view_of is not None and node is not None and node._rule.name in VIEW_RULES:
                    # a view whose memory changed since its view node was made: PyTorch regenerates
                    # that node (as an AsStridedBackward0) when it is read, and names that one
                    node = _NAME_ONLY_AS_STRIDED
                raise RuntimeError(_modified_message(tensor.dtype, tensor.shape, now, version, node))
            return tensor
        if value.__class__ is Packed:
            tensor = value.unpack()
            if tensor.grad_fn is _SELF:  # the op's own result: its grad_fn is this node
                tensor.grad_fn = self
            return tensor
        return value

    def _value_saved(self, name: str):
        key = name
        derived = DERIVED.get(type(self).__name__)
        if derived is not None and key in derived:
            if self._released:
                raise RuntimeError(SAVED_FREED)
            return derived[key](self._value_saved)
        if self._saved is not None and key in self._saved:
            value = self._unpack_one(self._saved[key])
            if key in self._rule.input_index and isinstance(value, (bool, int, float)):
                # a Python number, shown as the wrapped-number tensor PyTorch saved (float64 for a float)
                dtype = dtypes.float64 if isinstance(value, float) else dtypes.scalar_dtype(value)
                return _wrap(np.asarray(value, dtype=dtype.np), dtype)
            return value
        if self._attrs and key in self._attrs:
            value = self._attrs[key]
            if self._released and _holds_tensor(value):
                raise RuntimeError(SAVED_FREED)  # a tensor the node saved is freed with the rest
            if key == "reduction" and value.__class__ is str:
                return _REDUCTION_ENUM[value]  # the loss nodes save ATen's at::Reduction number
            if key in ("ignore_index", "padding_idx") and value < 0:
                return value + 2 ** 64  # a SymInt, shown through an unsigned 64-bit field as saved dims are
            return _as_given(value, key)
        if type(self).__name__ in _LAYOUT_SAVED and "_sym_" in key:
            return self._layout_saved(*key.split("_sym_"))
        if key in ("self_sym_sizes", "self_sym_numel") and self._meta and self._meta[0] is not None:
            shape = tuple(self._meta[0][0])
            return shape if key == "self_sym_sizes" else int(np.prod(shape, dtype=np.int64))
        default = _DEFAULT_SAVED.get(type(self).__name__)
        if default is not None and key in default:
            return default[key]  # an argument the call left at its default (add's alpha)
        saved_when = [meta is not None for f, meta in zip(self._rule.formulas, self._meta) if key in f.saved]
        if saved_when and not (self._released and any(saved_when)):
            # saved only when another input needs it: PyTorch's undefined saved tensor, None even
            # after backward has freed the others
            return None
        if self._released:
            raise RuntimeError(SAVED_FREED)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '_saved_{name}'")

    def _layout_saved(self, matrix: str, kind: str) -> tuple:
        """A matrix product's ``<matrix>_sym_sizes`` and ``_sym_strides``: its shape, and its strides
        if it needed a gradient (else none, as PyTorch saves them only then), read from the layout
        the product recorded (row-major, or column-major as nn.Linear's ``weight.t()``)."""
        meta = self._meta[self._rule.input_index[matrix]]
        if kind == "sizes":
            return tuple(meta[0]) if meta is not None else tuple(self._value_saved(matrix).shape)
        if meta is None:
            return ()
        attrs = self._attrs or {}
        if matrix + "_strides" in attrs:  # neither row- nor column-major: a slice
            return attrs[matrix + "_strides"]
        rows, cols = meta[0]
        return (1, rows) if attrs.get(f"{matrix}_cols") else (cols, 1)

    def release(self) -> None:
        if self._saved or self._attrs and self._rule.frees_attrs:
            self._saved = None
            self._released = True


_REDUCTION_ENUM = {"none": 0, "mean": 1, "sum": 2}


def _as_given(value: Any, key: str) -> Any:
    """A saved dim as the op was given it: PyTorch saves the int64 the caller passed and shows it
    through an unsigned 64-bit field, so -1 reads 18446744073709551615."""
    if value.__class__ is GivenDim:  # remembered only when negative
        return value.given + 2 ** 64
    if value.__class__ is GivenDims:
        value = value.given
    if value.__class__ is DefaultNumber:
        return None
    if "dim" not in key:
        return value
    if value.__class__ is tuple:
        return tuple(_as_given(v, key) for v in value)
    if value.__class__ is int and value < 0:
        return value + 2 ** 64
    return value


def adopt_saved_output(node: Any, tensor: Tensor) -> None:
    """An in-place op's node saved its result before the result was written into ``tensor``: from
    now on the saved value is ``tensor``'s, and a later write into ``tensor`` invalidates it."""
    if isinstance(node, OpNode) and node._saved:
        for value in node._saved.values():
            if isinstance(value, _SavedOutput):
                value.vc = tensor._shared_vc()
                value.version = value.vc[0]


_twice_rules: dict[str, Rule] = {}


class _InputEdge(Tensor):
    """Stands for a node's input in a graph (its edge), where the input itself was not saved."""


def _standing_at(edge: tuple, meta: tuple) -> Tensor:
    shape, dtype = meta
    tensor = make(np.broadcast_to(np.zeros((), dtype.np), shape), dtype)  # the shape, no memory
    tensor.__class__ = _InputEdge
    node, nr = edge
    if type(node).__name__ == "AccumulateGrad":
        tensor._accumulator = node
    else:
        tensor.grad_fn, tensor._output_nr = node, nr
    tensor._requires_grad = True
    return tensor


def _not_differentiable_again(node: OpNode, grad: Tensor, sources: list) -> Tensor:
    """A gradient that a formula computed outside the engine's ops (numpy kernels: convolution,
    pooling) although create_graph asked for a graph. It gets the node PyTorch shows there
    (``ConvolutionBackwardBackward0``), whose backward raises, instead of silently no history.
    Its edge to the op's input (last source) gives what PyTorch's gives there: nothing for a
    convolution's input gradient (it does not depend on the input), zeros for pooling's."""
    name = type(node).__name__.replace("Backward", "BackwardBackward", 1)
    key = f"{name}/{len(sources)}"
    rule = _twice_rules.get(key)
    if rule is None:
        message = (f"the derivative of {type(node).__name__}'s gradient ({name}) is not available in the embedded "
                   "engine; `--backend torch` runs it.")

        def refuse(grad):
            raise NotImplementedError(message)
        formulas: list = [refuse] * len(sources)
        if sources and isinstance(sources[-1], _InputEdge):
            formulas[-1] = ((lambda grad: None) if name.startswith("Convolution")
                            else (lambda grad: make(np.zeros(grad.shape, grad.dtype.np), grad.dtype)))
        rule = _twice_rules[key] = Rule(node._rule.name + "_backward", name, None, formulas,
                                        tuple(range(len(sources))), tuple(f"input{i}" for i in range(len(sources))))
    # Edges to what the gradient depends on, so that differentiating it again reaches the refusal.
    return record(rule, tuple(sources), make(grad._data, grad.dtype))


def _check_summable(node: Node, k: int, got: tuple, shape: tuple) -> None:
    """Refuse, as PyTorch does, a gradient that broadcasting the input could not have made."""
    # ``shape`` broadcasts to ``got``: each trailing dim equal or 1 (np.broadcast_shapes, without
    # its cost on every bias gradient)
    ok = len(shape) <= len(got)
    if ok:  # (a loop, not all() of a generator: every bias gradient passes here)
        for s, g in zip(shape, got[len(got) - len(shape):]):
            if s != g and s != 1:
                ok = False
                break
    if not ok:
        raise RuntimeError(f"Function {node.name()} returned an invalid gradient at index {k} - got "
                           f"[{', '.join(map(str, got))}] but expected shape compatible with "
                           f"[{', '.join(map(str, shape))}]")


def _modified_message(dtype, shape, now, expected, grad_fn) -> str:
    dims = ", ".join(str(d) for d in shape)
    where = ""
    if grad_fn is not None:
        # ExpBackward0 is shown as Exp, PowBackward1 as Pow1; torch::autograd::CopySlices as it is
        name = grad_fn.name()
        stripped = name.rstrip("0123456789")
        if stripped.endswith("Backward"):
            number = name[len(stripped):]
            name = stripped[: -len("Backward")] + ("" if number == "0" else number)
        where = f", which is output 0 of {name},"
    if _State.anomaly:  # anomaly mode has already shown the forward traceback
        hint = ("the backtrace further above shows the operation that failed to compute its gradient. The "
                "variable in question was changed in there or anywhere later. Good luck!")
    else:
        hint = ("enable anomaly detection to find the operation that failed to compute its gradient, with "
                "torch.autograd.set_detect_anomaly(True, check_nan=False).")
    return (
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [torch.{dtype.legacy_name} [{dims}]]{where} is at version {now}; expected "
        f"version {expected} instead. Hint: {hint}"
    )


_PLAIN_NUMBERS = frozenset((int, float, bool))


def _save_unguarded(rule: Rule, saved: dict, inputs: tuple, out: Tensor) -> None:
    """Save what PyTorch's node saves whichever inputs need a gradient (``Rule.always_saved``)."""
    for p in rule.always_saved:
        if p in saved:
            continue
        if p == "result":
            saved[p] = _SavedOutput(out)
            continue
        value = inputs[rule.input_index[p]]
        if value.__class__ in _PLAIN_NUMBERS or value is None:
            saved[p] = value
        elif hasattr(value, "_vc"):
            vc = value._vc
            saved[p] = (value, vc[0] if vc is not None else 0)


def record(rule: Rule, inputs: tuple, out, attrs: dict | None = None, num_outputs: int = 1,
           outputs: dict | None = None) -> Tensor:
    """Give ``out`` a grad_fn if grad mode is on and some differentiable input requires grad.
    ``outputs`` names every output of an op with several, so that formulas can read them.

    Inside a forward-AD dual level, ``out`` also gets its tangent (``set_dual_hook``); inside vmap,
    its batch level (``set_batch_hook``)."""
    if _batch_hook is not None:
        _batch_hook(inputs, out if outputs is None else outputs)
    if not _State.enabled:
        if _State.inference:
            out.__dict__["_inference"] = True
        if _dual_hook is not None:
            _dual_hook(rule, inputs, out, attrs, num_outputs)
        return out
    for i in rule.diff_inputs:
        if getattr(inputs[i], "_requires_grad", False):
            break
    else:
        if _dual_hook is not None:
            _dual_hook(rule, inputs, out, attrs, num_outputs)
        return out  # no input that needs a gradient
    node: OpNode = object.__new__(rule.node_cls)  # Node.__init__'s fields set here: no __init__ frame per op
    node._seq = next(_sequence)
    node._pre_hooks = node._retained = node._post_hooks = node._node_pre_hooks = None
    if _State.anomaly:
        remember_forward(node)
    node._rule = rule
    node._released = False
    node._num_outputs = num_outputs
    node._attrs = attrs
    if attrs and not rule.attr_names.issuperset(attrs):
        rule.expose_attrs(attrs)
    edges: list = []
    meta: list = []
    saved: dict = {}
    input_index = rule.input_index
    formulas = rule.formulas
    for k, i in enumerate(rule.diff_inputs):
        t = inputs[i]
        if getattr(t, "_requires_grad", False):
            fn = t.grad_fn
            if fn is not None:
                edges.append((fn, t._output_nr))
            else:  # a leaf: its accumulator, made once (t._edge() makes it)
                acc = t._accumulator
                edges.append((acc, 0) if acc is not None else t._edge())
            meta.append((t._data.shape, t.dtype))
            for p in formulas[k].saved:
                if p in saved:
                    continue
                if p == "result":
                    saved[p] = _SavedOutput(out)
                elif outputs is not None and p in outputs:
                    saved[p] = _SavedOutput(outputs[p], list(outputs).index(p))
                elif p in input_index:
                    value = inputs[input_index[p]]
                    if value.__class__ in _PLAIN_NUMBERS:
                        saved[p] = value  # a number operand: nothing to version or check
                        continue
                    if _State.inference_used and getattr(value, "__dict__", {}).get("_inference"):
                        raise RuntimeError(_INFERENCE_SAVED)
                    if hasattr(value, "_vc"):
                        vc = value._vc
                        value = (value, vc[0] if vc is not None else 0)
                    saved[p] = value
        else:
            edges.append((None, 0))
            meta.append(None)
    if rule.always_saved:
        _save_unguarded(rule, saved, inputs, out)
    node.next_functions = tuple(edges)
    node._meta = meta
    node._saved = saved
    out.grad_fn = node
    out._requires_grad = True
    if SAVED_HOOKS and saved:
        _pack_saved(saved, out, SAVED_HOOKS[-1])
    if _dual_hook is not None:
        _dual_hook(rule, inputs, out, attrs, num_outputs)
    return out


def record_backward_op(rule: str, inputs: tuple, attrs: dict | None, compute: Callable[[], Tensor]) -> Tensor:
    """A gradient formula that PyTorch computes as one named backward op (``leaky_relu_backward``).

    Without a graph to build (a first-order backward) this is ``compute()``. Under create_graph
    the value is computed without history and recorded as one node of the table's entry ``rule``
    (``LeakyReluBackwardBackward0``), whose own formulas differentiate it again, with edges to
    every input, as PyTorch's node has: its gradient then requires grad even where the value
    depends on the input only through a comparison (zero second derivative, not an error).
    Inside a forward-AD level the node's formulas give the value its tangent, through ``record``."""
    enabled, level = _State.enabled, _State.dual_level
    if not enabled and not level:
        return compute()
    _State.enabled, _State.dual_level = False, None
    try:
        out = compute()
    finally:
        _State.enabled, _State.dual_level = enabled, level
    if any(out is t for t in inputs):
        out = make(out._data.copy(), out.dtype)
    return record(RULES[rule], inputs, out, attrs)


class NotImplementedNode(Node):
    """The node of an op PyTorch runs forward but cannot differentiate: backward through it fails."""

    __slots__ = ("_op",)
    _op: str
    next_functions: tuple

    def name(self) -> str:
        return "torch::autograd::NotImplemented"

    def apply(self, grads: list, create_graph: bool) -> list:
        raise RuntimeError(f"derivative for aten::{self._op} is not implemented")


NotImplementedNode.__name__ = NotImplementedNode.__qualname__ = "NotImplemented"


def no_forward_ad(op: str) -> NotImplementedError:
    """PyTorch's own refusal for an op it has no forward-mode derivative for."""
    return NotImplementedError(
        f"Trying to use forward AD with {op} that does not support it because it has not been implemented yet.\n"
        "Please file an issue to PyTorch at https://github.com/pytorch/pytorch/issues/new?"
        "template=feature-request.yml so that we can prioritize its implementation or submit a PR adding the "
        "implementation to derivatives.yaml")


def record_not_implemented(op: str, inputs: tuple, out: Tensor) -> Tensor:
    """Give ``out`` a ``NotImplemented`` grad_fn with an edge to each input that requires grad."""
    needing = [t for t in inputs if getattr(t, "_requires_grad", False)]
    if not _State.enabled or not needing:
        return out
    node = NotImplementedNode()
    node._op = op
    node.next_functions = tuple(t._edge() for t in needing)
    out.grad_fn, out._requires_grad = node, True
    return out


def record_outputs(rule: Rule, inputs: tuple, outputs: dict, attrs: dict | None = None) -> None:
    """``record`` for an op with several differentiable outputs (``svd``'s U, S and Vh): one node,
    each output its own output number; formulas read the outputs by these names."""
    tensors = list(outputs.values())
    record(rule, inputs, tensors[0], attrs, num_outputs=len(tensors), outputs=outputs)
    # the outputs its formulas read are saved tensors of PyTorch's node (U, S, Vh): their raw views
    _expose_raw_saved(rule.node_cls, [p for p in outputs if any(p in f.saved for f in rule.formulas)])
    if _dual_hook is not None:  # forward AD: ops with a formula of several outputs get them all
        _dual_hook(rule, inputs, outputs, attrs, len(tensors))
    node = tensors[0].grad_fn
    if node is None or not tensors[0]._requires_grad:
        return
    for nr, t in enumerate(tensors[1:], 1):
        t.grad_fn, t._output_nr, t._requires_grad = node, nr, True


# Called by every recorded op while a forward-AD level is active (autograd/forward_ad.py sets
# it), so tangents follow the ops whatever the grad mode; None otherwise, which costs one check.
_dual_hook: Callable | None = None


def set_dual_hook(hook: Callable | None) -> None:
    """Install (or, with None, remove) the forward-AD tangent propagation of ``record``."""
    global _dual_hook
    _dual_hook = hook


# Called by every recorded op while a vmap runs (func.py sets it): a result of a batched input is
# batched (_vmap_levels.py); None otherwise.
_batch_hook: Callable | None = None


def batch_like(inputs: tuple, out: Any) -> Any:
    """``out``, batched inside vmap as its inputs are: for results made without ``record``
    (comparisons, masks, indices of extremes), which ``if x > 0:`` inside vmap reads."""
    if _batch_hook is not None:
        _batch_hook(inputs, out)
    return out


def batch_hook() -> Callable | None:
    return _batch_hook


def set_batch_hook(hook: Callable | None) -> None:
    """Install (or, with None, remove) the vmap levels' hand-on of ``record``."""
    global _batch_hook
    _batch_hook = hook


def _wrap(data, dtype) -> Tensor:
    if data.__class__ is not np.ndarray:
        data = np.asarray(data)
    if data.dtype != dtype.np:
        data = data.astype(dtype.np)
    return make(data, dtype)


_EMPTY: dict = {}



# The table: name -> Rule, filled by derivatives.py.
RULES: dict[str, Rule] = {}


def sum_to(g: Tensor, shape) -> Tensor:
    """Sum a broadcast gradient back down to ``shape`` (the one place broadcasting is undone)."""
    shape = tuple(shape)
    data = g._data
    if data.shape == shape:
        return g
    lead = data.ndim - len(shape)
    if lead == 1 and len(shape) == 1 and data.shape[1] == shape[0]:
        dims: tuple = (0,)  # a Linear layer's bias gradient, every batch
    else:
        dims = tuple(range(lead)) + tuple(lead + i for i, d in enumerate(shape) if d == 1 and data.shape[lead + i] != 1)
    if not _State.enabled and g.dtype.is_floating_point:
        # The same sum as below, without making a tensor per step (a bias gradient, every batch).
        return make(float_sum(data, dims, True).reshape(shape) if dims else data.reshape(shape), g.dtype)
    if dims:
        g = g.sum(dims, keepdim=True)
    if lead:
        g = g.reshape(shape)
    return g
