"""``torch.autograd.graph``: the backward graph's public face, and hooks on what it saves.

``Node`` is the type every ``grad_fn`` answers to. ``saved_tensors_hooks`` lets a learner see
(and change) each tensor an op saves for backward: the pack hook runs when ``record`` saves it,
the unpack hook when backward reads it (``record.py`` does both). ``register_multi_grad_hook``
waits for the gradients of several tensors, built on tensor hooks as PyTorch builds it.
"""
from __future__ import annotations as _annotations

import abc
import contextlib
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence

from autograd_tui.engine import graph as _graph
from autograd_tui.engine import record as _record
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.graph import RemovableHandle
from autograd_tui.engine.missing import no_attribute as _no_attribute

__all__ = ["Node", "GradientEdge", "get_gradient_edge", "increment_version", "saved_tensors_hooks",
           "save_on_cpu", "disable_saved_tensors_hooks", "register_multi_grad_hook"]


class Node(abc.ABC):
    """The type of ``grad_fn``: ``isinstance(t.grad_fn, Node)`` holds for every node of the graph."""

    @abc.abstractmethod
    def name(self) -> str: ...

    @property
    @abc.abstractmethod
    def next_functions(self) -> tuple: ...

    @property
    @abc.abstractmethod
    def metadata(self) -> dict: ...

    @abc.abstractmethod
    def register_hook(self, fn: Callable[..., Any]) -> RemovableHandle: ...

    @abc.abstractmethod
    def register_prehook(self, fn: Callable[..., Any]) -> RemovableHandle: ...

    @classmethod
    def __subclasshook__(cls, subclass: type) -> bool:
        # The engine's nodes are not subclasses of this one (PyTorch's C++ nodes are not either).
        if cls is Node and issubclass(subclass, _graph.Node):
            return True
        return NotImplemented


class GradientEdge(NamedTuple):
    """Where the gradient of a tensor is computed: a node and which of its outputs."""

    node: Any
    output_nr: int
    ownership_token: Any = None


def get_gradient_edge(tensor: _Tensor) -> GradientEdge:
    if not tensor.requires_grad:
        raise RuntimeError("It is not possible to get the gradient edge for a Tensor that does not require "
                           "gradients")
    node, _ = tensor._edge()
    return GradientEdge(node, tensor.output_nr)


def increment_version(tensor: _Tensor | Iterable[_Tensor]) -> None:
    """Mark ``tensor`` (or each of several) as changed in place, as an in-place op would."""
    for t in (tensor,) if isinstance(tensor, _Tensor) else tensor:
        t._bump_version()


class saved_tensors_hooks:
    """Inside the block, ``pack_hook(tensor)`` runs for each tensor an op saves for backward and
    ``unpack_hook(packed)`` turns what it returned back into a tensor when backward needs it."""

    def __init__(self, pack_hook: Callable[[_Tensor], Any], unpack_hook: Callable[[Any], _Tensor]) -> None:
        self.pack_hook = pack_hook
        self.unpack_hook = unpack_hook

    def __enter__(self) -> None:
        message = _record.SAVED_HOOKS_DISABLED[0]
        if message is not None:
            raise RuntimeError(message)
        _record.SAVED_HOOKS.append((self.pack_hook, self.unpack_hook))

    def __exit__(self, *args: object) -> None:
        _record.SAVED_HOOKS.pop()


class save_on_cpu(saved_tensors_hooks):
    """Keep saved tensors on the CPU until backward: everything already is here, so nothing moves."""

    def __init__(self, pin_memory: bool = False, device_type: str = "cuda") -> None:
        def pack_to_cpu(tensor: _Tensor) -> tuple:
            return (tensor.device, tensor.cpu())

        def unpack_from_cpu(packed: tuple) -> _Tensor:
            device, tensor = packed
            return tensor.to(device, non_blocking=pin_memory)

        super().__init__(pack_to_cpu, unpack_from_cpu)


@contextlib.contextmanager
def disable_saved_tensors_hooks(error_message: str) -> Iterator[None]:
    """Inside the block (or a decorated function), entering ``saved_tensors_hooks`` raises
    ``RuntimeError(error_message)``; so does entering this block while hooks are active."""
    previous = _record.SAVED_HOOKS_DISABLED[0]
    try:
        if _record.SAVED_HOOKS:
            raise RuntimeError(error_message)
        _record.SAVED_HOOKS_DISABLED[0] = error_message
        yield
    finally:
        _record.SAVED_HOOKS_DISABLED[0] = previous


class _MultiHandle(RemovableHandle):
    """The handle of ``register_multi_grad_hook``: removes the hook from every tensor."""

    def __init__(self, handles: tuple[RemovableHandle, ...]) -> None:
        self.handles = handles

    def remove(self) -> None:
        for handle in self.handles:
            handle.remove()


def register_multi_grad_hook(tensors: Sequence[_Tensor], fn: Callable[..., None], *,
                             mode: str = "all") -> RemovableHandle:
    """Call ``fn`` once the gradients of all ``tensors`` that this backward pass computes are known
    (``mode="all"``: a list, ``None`` for the others), or with the first one (``mode="any"``)."""
    supported_modes = ("all", "any")
    if mode not in supported_modes:
        raise ValueError(f"Expects mode to be one of {supported_modes} but got {mode}")
    if mode == "all":
        nodes = [t._edge()[0] for t in tensors]
        pending: dict[int, list] = {}  # per backward pass: [gradients so far, how many to expect, seen]

        def inner_hook(idx: int) -> Callable[[_Tensor], None]:
            def hook(grad: _Tensor) -> None:
                task = _graph.current_task()
                state = pending.get(task.id)
                if state is None:
                    expected = sum(task.will_execute(node) for node in nodes)
                    state = pending[task.id] = [[None] * len(tensors), expected, 0]
                state[0][idx] = grad
                state[2] += 1
                if state[2] == state[1]:
                    del pending[task.id]
                    fn(state[0])
            return hook

        handles = tuple(t.register_hook(inner_hook(i)) for i, t in enumerate(tensors))
    else:
        ran: set[int] = set()

        def any_hook(grad: _Tensor) -> None:
            task_id = _graph.current_task().id
            if task_id in ran:
                return
            ran.add(task_id)
            fn(grad)

        handles = tuple(t.register_hook(any_hook) for t in tensors if t.requires_grad)
    return _MultiHandle(handles)


for _public in (Node, GradientEdge, saved_tensors_hooks, save_on_cpu, disable_saved_tensors_hooks,
                _MultiHandle, get_gradient_edge, increment_version, register_multi_grad_hook):
    _public.__module__ = "torch.autograd.graph"


def __getattr__(name: str) -> Any:
    raise _no_attribute("torch.autograd.graph", name, ("allow_mutation_on_saved_tensors",))
