"""Module backward hooks (``register_full_backward_hook`` and its pre-hook), as PyTorch runs them.

A module with such hooks passes its tensor inputs, and then its tensor outputs, through an
identity ``Function`` (``BackwardHookFunctionBackward`` in the graph, as in PyTorch). The node
on the outputs sees the gradients of the outputs first (the pre-hooks run there, and may
replace them); the node on the inputs then sees the gradients of the inputs, and calls the
hooks with both.
"""
from __future__ import annotations

import warnings
from typing import Any, Callable, Optional

from autograd_tui.engine._tensor import Tensor, _user_stacklevel
from autograd_tui.engine.autograd.function import Function
from autograd_tui.engine.grad_mode import _State

_NO_INPUT_GRAD = ("Full backward hook is firing when gradients are computed with respect to module outputs since no "
                  "inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html"
                  "#torch.nn.Module.register_full_backward_hook for more details.")


class BackwardHookFunction(Function):
    """Identity on its tensors; only its node matters, where the hooks are attached."""

    @staticmethod
    def forward(ctx: Any, *args: Any) -> Any:
        ctx.mark_non_differentiable(*[a for a in args if not a.requires_grad])
        return args

    @staticmethod
    def backward(ctx: Any, *grads: Any) -> Any:
        return grads


def _pack_with_none(indices: list, values: Any, size: int) -> tuple:
    out: list = [None] * size
    for i, v in zip(indices, values):
        out[i] = v
    return tuple(out)


class BackwardHook:
    """The hooks of one module call: set up on its inputs before ``forward``, on its outputs after."""

    def __init__(self, module: Any, hooks: list[Callable], pre_hooks: list[Callable]) -> None:
        self.module = module
        self.hooks = hooks
        self.pre_hooks = pre_hooks
        self.grad_outputs: Optional[tuple] = None
        self.n_outputs = -1
        self.output_index: Optional[list] = None
        self.n_inputs = -1
        self.input_index: Optional[list] = None

    def _apply_on_tensors(self, attach: Callable, args: tuple) -> tuple[tuple, Optional[list]]:
        index = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        tensors = [args[i] for i in index]
        if not (_State.enabled and any(t.requires_grad for t in tensors)):
            return args, None
        new = BackwardHookFunction.apply(*tensors)
        attach(next(t.grad_fn for t in new if t.grad_fn is not None))
        out = list(args)
        for i, t in zip(index, new):
            out[i] = t
        return tuple(out), index

    def setup_input_hook(self, args: tuple) -> tuple:
        def attach(node: Any) -> None:
            node.register_hook(self._input_hook)

        res, self.input_index = self._apply_on_tensors(attach, args)
        self.n_inputs = len(args)
        return res

    def _input_hook(self, grad_inputs: tuple, _grad_outputs: tuple) -> Optional[tuple]:
        if self.grad_outputs is None:
            return None  # the gradient reached the inputs without passing through the outputs
        assert self.input_index is not None
        res = _pack_with_none(self.input_index, grad_inputs, self.n_inputs)
        for hook in self.hooks:
            out = hook(self.module, res, self.grad_outputs)
            if out is None:
                continue
            if len(out) != len(res):
                raise RuntimeError(f"Backward hook returned an invalid number of grad_input, got {len(out)}, but "
                                   f"expected {len(res)}")
            res = out
        self.grad_outputs = None
        return tuple(res[i] for i in self.input_index)

    def setup_output_hook(self, result: Any) -> Any:
        def attach(node: Any) -> None:
            node.register_hook(self._output_hook)

        is_tuple = isinstance(result, tuple)
        args = result if is_tuple else (result,)
        res, self.output_index = self._apply_on_tensors(attach, args)
        self.n_outputs = len(args)
        return res if is_tuple else res[0]

    def _output_hook(self, _grad_inputs: tuple, grad_outputs: tuple) -> Optional[tuple]:
        assert self.output_index is not None
        self.grad_outputs = _pack_with_none(self.output_index, grad_outputs, self.n_outputs)
        for pre_hook in self.pre_hooks:
            new = pre_hook(self.module, self.grad_outputs)
            if new is None:
                continue
            if len(new) != len(self.grad_outputs):
                raise RuntimeError(f"Backward pre hook returned an invalid number of grad_output, got "
                                   f"{len(new)}, but expected {len(self.grad_outputs)}")
            self.grad_outputs = new
        local = self.grad_outputs
        if self.input_index is None:
            # No input needs a gradient: the hooks fire here, with None for every grad_input.
            # PyTorch's autograd engine calls its hook from C++: the warning lands on the learner's line
            warnings.warn(_NO_INPUT_GRAD, UserWarning, stacklevel=_user_stacklevel())
            grad_inputs = _pack_with_none([], [], self.n_inputs)
            for hook in self.hooks:
                res = hook(self.module, grad_inputs, self.grad_outputs)
                if res is not None and not (isinstance(res, tuple) and all(r is None for r in res)):
                    raise RuntimeError("Backward hook for Modules where no input requires gradient should always "
                                       "return None or None for all gradients.")
            self.grad_outputs = None
        return tuple(local[i] for i in self.output_index)


_LEGACY_OUTPUT = ("Using non-full backward hooks on a Module that does not return a single Tensor or a tuple of "
                  "Tensors is deprecated and will be removed in future versions. This hook will be missing some of "
                  "the grad_output. Please use register_full_backward_hook to get the documented behavior.")
_LEGACY_INPUT = ("Using non-full backward hooks on a Module that does not take as input a single Tensor or a tuple "
                 "of Tensors is deprecated and will be removed in future versions. This hook will be missing some "
                 "of the grad_input. Please use register_full_backward_hook to get the documented behavior.")
_LEGACY_NESTED = ("Using a non-full backward hook when outputs are nested in python data structure is deprecated "
                  "and will be removed in future versions. This hook will be missing some grad_output.")
_LEGACY_SEVERAL = ("Using a non-full backward hook when outputs are generated by different autograd Nodes is "
                   "deprecated and will be removed in future versions. This hook will be missing some grad_output. "
                   "Please use register_full_backward_hook to get the documented behavior.")
_LEGACY_MULTIPLE = ("Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated "
                    "and will be removed in future versions. This hook will be missing some grad_input. Please use "
                    "register_full_backward_hook to get the documented behavior.")


def legacy_backward_hooks(module: Any, hooks: list[Callable], args: tuple, result: Any) -> None:
    """``register_backward_hook``'s hooks: called with the gradients of the one node that made the
    output (its inputs' and its outputs'), which is what PyTorch does, warnings included."""
    var = result
    while not isinstance(var, Tensor):
        var = next(v for v in var.values() if isinstance(v, Tensor)) if isinstance(var, dict) else var[0]
    node = var.grad_fn
    if node is None:
        return
    for hook in hooks:
        node.register_hook(lambda grad_inputs, grad_outputs, hook=hook: hook(module, grad_inputs, grad_outputs))
    results = (result,) if isinstance(result, Tensor) else result
    if not (isinstance(results, tuple) and all(isinstance(r, Tensor) for r in results)):
        warnings.warn(_LEGACY_OUTPUT, FutureWarning, stacklevel=3)
        return
    if not all(isinstance(a, Tensor) for a in args):
        warnings.warn(_LEGACY_INPUT, FutureWarning, stacklevel=3)
        return
    out_nodes = {id(r.grad_fn) for r in results if r.grad_fn is not None}
    if not out_nodes or (len(out_nodes) == 1 and id(node) not in out_nodes):
        warnings.warn(_LEGACY_NESTED, FutureWarning, stacklevel=3)
    elif len(out_nodes) > 1:
        warnings.warn(_LEGACY_SEVERAL, FutureWarning, stacklevel=3)
    else:
        input_nodes = {id(a.grad_fn) for a in args if a.grad_fn is not None}
        next_nodes = {id(n) for n, _ in node.next_functions}
        if input_nodes != next_nodes:
            warnings.warn(_LEGACY_MULTIPLE, FutureWarning, stacklevel=3)
