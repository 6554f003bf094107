"""``torch.autograd.Function``: an op whose forward and backward the learner writes.

``apply`` runs ``forward`` without recording, then attaches one node to the outputs. That node
is also the ``ctx`` the learner's code saw, as in PyTorch, so ``ctx.save_for_backward`` and
``ctx.saved_tensors`` live on the graph and are freed with it.
"""
from __future__ import annotations as _annotations

import functools
import warnings
from typing import Any, Callable

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.grad_mode import _State, no_grad as _no_grad
from autograd_tui.engine.graph import Node as _Node
from autograd_tui.engine.record import SAVED_FREED as _SAVED_FREED, SAVED_HOOKS as _SAVED_HOOKS, Packed as _Packed
from autograd_tui.engine.record import _modified_message


class FunctionCtx:
    """What ``forward``/``setup_context`` may call on ``ctx``."""

    __slots__ = ()
    # Set by the calls below, in the __dict__ of the node that is the ctx.
    _to_save: tuple
    _dirty: tuple
    _non_differentiable: set
    _materialize: bool

    def save_for_backward(self, *tensors) -> None:
        self.__dict__["_to_save"] = tensors  # the node keeps it in its __dict__

    def save_for_forward(self, *tensors) -> None:
        for t in tensors:
            if not (t is None or isinstance(t, _Tensor)):
                raise AssertionError("save_for_forward expects all arguments to be tensors; you should save "
                                     "non-tensors as attributes on ctx.")
        self.__dict__["saved_for_forward"] = tensors  # read by jvp, dropped when apply returns

    def mark_dirty(self, *tensors) -> None:
        self.__dict__["_dirty"] = tensors  # the node keeps it in its __dict__

    def mark_non_differentiable(self, *tensors) -> None:
        self.__dict__["_non_differentiable"] = {id(t) for t in tensors}  # the node keeps it in its __dict__

    def set_materialize_grads(self, value: bool) -> None:
        self.__dict__["_materialize"] = value  # the node keeps it in its __dict__


class BackwardCFunction(_Node, FunctionCtx):
    """The node of one ``Function.apply`` call (named ``<Function>Backward`` like PyTorch's)."""

    __slots__ = ("_function", "_saved", "_released", "_num_outputs", "_input_meta", "__dict__")
    _function: Any
    _saved: tuple
    _released: bool
    _input_meta: list
    _output_meta: list
    _num_inputs: int
    _tensor_positions: list
    _needs_input_grad: tuple
    saved_for_forward: Any = None  # what save_for_forward saved, until apply returns (as PyTorch)

    def apply(self, grads: list, create_graph: bool) -> list:
        if getattr(self, "_materialize", True):
            # (a non-tensor output's gradient stays None, as PyTorch gives it)
            grads = [_F.zeros(shape, dtype=dtype) if g is None and dtype is not None else g
                     for g, (shape, dtype) in zip(grads, self._output_meta)]
        _State.gradients_exposed += 1
        result = self._function.backward(self, *grads)
        if not isinstance(result, tuple):
            result = (result,)
        name = type(self).__name__
        if len(result) > self._num_inputs and all(g is None for g in result[self._num_inputs:]):
            result = result[:self._num_inputs]  # extra trailing Nones are allowed, as in PyTorch
        if len(result) != self._num_inputs:
            raise RuntimeError(f"function {name} returned an incorrect number of gradients (expected "
                               f"{self._num_inputs}, got {len(result)})")
        tensor_positions = set(self._tensor_positions)
        for i, g in enumerate(result):  # PyTorch's checks, position by position
            if i not in tensor_positions:
                if g is not None:
                    raise RuntimeError(f"function {name} returned a gradient different than None at position "
                                       f"{i + 1}, but the corresponding forward input was not a Variable")
            elif g is not None and not isinstance(g, _Tensor):
                raise RuntimeError(f"expected Variable or None (got {type(g).__name__})")
        tensor_grads = [result[i] for i in self._tensor_positions]
        out = []
        for k, (g, meta) in enumerate(zip(tensor_grads, self._input_meta)):
            if g is not None and meta is not None and tuple(g.shape) != meta[0]:
                try:
                    np_shape = _F.broadcast_shapes(meta[0], tuple(g.shape))
                except RuntimeError:
                    np_shape = None
                if np_shape != tuple(g.shape):
                    raise RuntimeError(f"Function {name} returned an invalid gradient at index {k} - got "
                                       f"[{', '.join(map(str, g.shape))}] but expected shape compatible "
                                       f"with [{', '.join(map(str, meta[0]))}]")
                g = _F.sum_to(g, meta[0])
            out.append(g)
        return out

    @property
    def saved_tensors(self) -> tuple:
        for_forward = self.__dict__.get("saved_for_forward")
        if for_forward is not None:
            return for_forward
        if self.__dict__.get("_in_jvp"):
            return ()  # PyTorch runs jvp before it stores what save_for_backward saved
        if self._released:
            raise RuntimeError(_SAVED_FREED)
        for t, vc, version, grad_fn in self.__dict__.get("_saved_versions", ()):
            if vc[0] != version:
                raise RuntimeError(_modified_message(t.dtype, tuple(t.shape), vc[0], version, grad_fn))
        return tuple(t.unpack() if t.__class__ is _Packed else t for t in self._saved)

    saved_variables = saved_tensors

    @property
    def needs_input_grad(self) -> tuple:
        return self._needs_input_grad

    def release(self) -> None:
        if self._saved:
            self._saved = ()
            self._released = True

    def __repr__(self) -> str:
        return f"<torch.autograd.function.{type(self).__name__} object at {hex(id(self))}>"


_node_classes: dict = {}


def _node_class_for(function: type) -> type:
    cls = _node_classes.get(function)
    if cls is None:
        cls = _node_classes[function] = type(f"{function.__name__}Backward", (BackwardCFunction,),
                                             {"__module__": "torch.autograd.function", "_forward_cls": function})
    return cls


class _FunctionMeta(type):
    """Each Function class has its node class, as PyTorch's: ``Sq._backward_cls`` (``SqBackward``), whose
    ``_forward_cls`` is ``Sq``."""

    def __init__(cls, name: str, bases: tuple, namespace: dict) -> None:
        super().__init__(name, bases, namespace)
        cls._backward_cls = _node_class_for(cls)


class Function(metaclass=_FunctionMeta):
    """Subclass it with static ``forward(ctx, *args)`` and ``backward(ctx, *grad_outputs)``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        warnings.warn(f"{type(self)} should not be instantiated. Methods on autograd functions are all "
                      "static, so you should invoke them on the class itself. Instantiating an autograd "
                      "function will raise an error in a future version of PyTorch.", DeprecationWarning,
                      stacklevel=2)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("Legacy autograd function with non-static forward method is deprecated. Please use "
                           "new-style autograd function with static forward method. (Example: "
                           "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)")

    @staticmethod
    def forward(ctx: Any, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx: Any, inputs: tuple, output: Any) -> Any:
        return _NO_SETUP

    @staticmethod
    def backward(ctx: Any, *grad_outputs: Any) -> Any:
        raise NotImplementedError("You must implement either the backward or vjp method for your custom "
                                  "autograd.Function to use it with backward mode AD.")

    vjp = backward

    generate_vmap_rule = False

    @staticmethod
    def vmap(info: Any, in_dims: Any, *args: Any) -> Any:
        raise NotImplementedError("To use autograd.Function with vmap, you must either override the vmap staticmethod "
                                  "or set generate_vmap_rule=True.")

    @staticmethod
    def jvp(ctx: Any, *grad_inputs: Any) -> Any:
        raise NotImplementedError("You must implement the jvp function for custom autograd.Function to use it with "
                                  "forward mode AD.")

    @classmethod
    def apply(cls, *args: Any, **kwargs: Any) -> Any:
        node = _node_class_for(cls)()
        node._function = cls
        node._saved = ()
        node._released = False
        positions = [i for i, a in enumerate(args) if isinstance(a, _Tensor)]
        node._tensor_positions = positions
        node._num_inputs = len(args)
        node._needs_input_grad = tuple(isinstance(a, _Tensor) and a.requires_grad for a in args)
        if _State.transforms:
            _check_transforms(cls)
        # Forward AD: the tangents come from the class's own jvp; its forward runs without them.
        level = _State.dual_level
        tangents = [a._tangent() if isinstance(a, _Tensor) else None for a in args] if level else []
        if any(t is not None for t in tangents) and cls.jvp is Function.jvp:
            Function.jvp(node)
        prev = _State.enabled
        _State.enabled = False
        _State.dual_level = None
        try:
            if cls.setup_context is not Function.setup_context:  # the newer, ctx-free forward
                output = cls.forward(*args, **kwargs)
                cls.setup_context(node, args, output)
            else:
                output = cls.forward(node, *args, **kwargs)
        finally:
            _State.enabled = prev
            _State.dual_level = level
        node._saved = tuple(getattr(node, "_to_save", ()))
        outputs = output if isinstance(output, tuple) else (output,)
        if any(not any(d is o for o in outputs) for d in node.__dict__.get("_dirty", ())):
            raise RuntimeError("Some elements marked as dirty during the forward method were not returned as output. "
                               "The inputs that are modified inplace must all be outputs of the Function.")
        needs = _State.enabled and any(args[i].requires_grad for i in positions)
        if needs:
            for k, saved in enumerate(node._saved):
                if saved is not None and not isinstance(saved, _Tensor):
                    raise TypeError(f"save_for_backward can only save variables, but argument {k} is of type "
                                    f"{type(saved).__name__}")
            edges: list = []
            meta: list = []
            for i in positions:
                t = args[i]
                if t.requires_grad:
                    edges.append(t._edge())
                    meta.append((tuple(t.shape), t.dtype))
                else:
                    edges.append((None, 0))
                    meta.append(None)
            node.next_functions = tuple(edges)
            node._input_meta = meta
            node._num_outputs = len(outputs)
            node._output_meta = [(tuple(o.shape), o.dtype) if isinstance(o, _Tensor) else ((), None)
                                 for o in outputs]
            skip: set = getattr(node, "_non_differentiable", set())
            dirty = node.__dict__.get("_dirty", ())
            wrapped = []
            for nr, o in enumerate(outputs):
                if isinstance(o, _Tensor) and id(o) not in skip and (o.dtype.is_floating_point or o.dtype.is_complex):
                    if any(o is d for d in dirty):
                        # modified in place (mark_dirty): the same tensor comes back, its history rebased
                        if o.grad_fn is None and o.requires_grad:
                            raise RuntimeError("a leaf Variable that requires grad has been used in an in-place "
                                               "operation.")
                        o._bump_version()  # PyTorch counts the marked write too
                    elif any(o is args[i] for i in positions):
                        o = o.view_as(o)  # an input returned as is still gets a fresh output
                    o.grad_fn, o._requires_grad = node, True
                    if o._view_of is not None and not any(o is d for d in dirty):
                        # writing into it would bypass the custom backward: PyTorch refuses
                        o.__dict__["_creation"] = "custom_function"
                    if nr:
                        o._output_nr = nr
                wrapped.append(o)
            outputs = tuple(wrapped)
            # each saved tensor's version now, checked when backward reads it (an output saved is
            # named as this node's output in the error, an input by its own grad_fn)
            node.__dict__["_saved_versions"] = [
                (t, t._shared_vc(), t._shared_vc()[0], node if any(t is o for o in outputs) else t.grad_fn)
                for t in node._saved if isinstance(t, _Tensor)]
            if _SAVED_HOOKS:  # saved_tensors_hooks see what save_for_backward saved, in order
                node._saved = tuple(_Packed(t, _SAVED_HOOKS[-1]) if isinstance(t, _Tensor) else t
                                    for t in node._saved)
        else:
            for o in outputs:
                if isinstance(o, _Tensor) and any(o is d for d in node.__dict__.get("_dirty", ())):
                    o._bump_version()  # the marked write counts without a graph too
        if any(t is not None for t in tangents):
            _set_tangents(cls, node, args, tangents, outputs, level)
        node.__dict__.pop("saved_for_forward", None)
        return outputs if isinstance(output, tuple) else outputs[0]


_EXTENDING_FUNC = "For more details, please see https://pytorch.org/docs/main/notes/extending.func.html"


def _check_transforms(cls: Any) -> None:
    """What torch.func asks of a custom Function (the engine runs the transforms on its backward)."""
    if cls.setup_context is Function.setup_context:
        raise RuntimeError("In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, jacrev, "
                           f"...), it must override the setup_context staticmethod. {_EXTENDING_FUNC}")
    # jacfwd is a vmap over jvp in PyTorch (the engine pushes its basis vectors one by one)
    under_vmap = "vmap" in _State.transforms or "jacfwd" in _State.transforms
    if under_vmap and cls.vmap is Function.vmap and not cls.generate_vmap_rule:
        raise RuntimeError(f"You tried to vmap over {cls.__name__}, but it does not have vmap support. Please "
                           f"override and implement the vmap staticmethod or set generate_vmap_rule=True. "
                           f"{_EXTENDING_FUNC}")
    if "jvp" in _State.transforms and cls.jvp is Function.jvp:
        Function.jvp(None)


def _set_tangents(cls: Any, ctx: Any, args: tuple, tangents: list, outputs: tuple, level: Any) -> None:
    """The outputs' forward-AD tangents, from the class's ``jvp`` (run without forward AD, as its forward),
    checked as PyTorch checks them."""
    if ctx.__dict__.get("_materialize", True):  # a tensor input without a tangent gets zeros
        tangents = [_F.zeros_like(a) if t is None and isinstance(a, _Tensor) and
                    (a.dtype.is_floating_point or a.dtype.is_complex) else t for a, t in zip(args, tangents)]
    _State.dual_level = None
    ctx.__dict__["_in_jvp"] = True
    try:
        result = cls.jvp(ctx, *tangents)
    finally:
        _State.dual_level = level
        del ctx.__dict__["_in_jvp"]
    result = result if isinstance(result, tuple) else (result,)
    for i, tangent in enumerate(result):
        if tangent is not None and not isinstance(tangent, _Tensor):
            raise RuntimeError(f"expected Variable or None (got {type(tangent).__name__}) for grad output {i}.")
    if len(result) != len(outputs):
        raise RuntimeError(f"Function's jvp returned an invalid number of forward gradients (expected {len(outputs)} "
                           f"but got {len(result)})")
    for out, tangent in zip(outputs, result):
        if isinstance(out, _Tensor) and tangent is not None:
            if tangent.shape != out.shape:
                sizes = ", ".join(map(str, out.shape)), ", ".join(map(str, tangent.shape))
                raise RuntimeError("Trying to set a forward gradient that has a different size than that of the "
                                   f"original Tensor, this is not supported. Tensor is of size [{sizes[0]}] while "
                                   f"the given forward gradient is of size [{sizes[1]}].")
            out._fw = (level, tangent)


_NO_SETUP = object()


_TWICE = "trying to differentiate twice a function that was marked with @once_differentiable"


class _ErrorNode(_Node):
    """Where a gradient computed by a once-differentiable backward leads: differentiating it fails."""

    __slots__ = ("_num_outputs",)

    def name(self) -> str:
        return "torch::autograd::Error"

    def apply(self, grads: list, create_graph: bool) -> list:
        raise RuntimeError(_TWICE)


_ErrorNode.__name__ = _ErrorNode.__qualname__ = "Error"


def once_differentiable(fn) -> Callable:
    """A backward run without recording; under create_graph its results lead to an error node.

    As PyTorch: when grad mode is on and a gradient arriving at backward requires grad, each
    result is a detached copy behind an ``Error`` node, so a second derivative raises.
    """
    @functools.wraps(fn)
    def wrapper(ctx, *args):
        with _no_grad():
            outputs = fn(ctx, *args)
        if not _State.enabled or not any(isinstance(a, _Tensor) and a.requires_grad for a in args):
            return outputs
        results = outputs if isinstance(outputs, tuple) else (outputs,)
        node = _ErrorNode()
        node._num_outputs = len(results)
        edges, wrapped = [], []
        for i, out in enumerate(results):
            if out is None:
                edges.append((None, 0))
                wrapped.append(None)
                continue
            # a fresh leaf stands for the result, so the error node has an edge, as in PyTorch
            edges.append(_F.ones_like(out, requires_grad=True)._edge())
            alias = out.detach()
            alias.grad_fn, alias._requires_grad, alias._output_nr = node, True, i
            wrapped.append(alias)
        node.next_functions = tuple(edges)
        return tuple(wrapped)
    return wrapper


class InplaceFunction(Function):
    pass


class NestedIOFunction(Function):
    pass
