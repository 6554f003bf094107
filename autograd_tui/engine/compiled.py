"""``torch.compile``: what it hands back, and the arguments it refuses.

The engine has no compiler: a compiled function or module runs the same eager kernels. What a
learner sees of the call itself is PyTorch's: a module comes back wrapped in ``OptimizedModule``
(so its ``state_dict`` keys start with ``_orig_mod.``), a function in a wrapper that keeps its
name, and bad arguments raise PyTorch's errors. The results of a compiled call hang from one node,
``CompiledFunctionBackward``, as AOTAutograd's do, with an edge for each tensor the call read
(PyTorch's order: see ``_read_order``). PyTorch's generated code may round fused steps
differently from its eager kernels, so its compiled results can differ from these in the last
digits (a known difference: tests/golden/known_differences.json).
"""
from __future__ import annotations

import functools
from typing import Any, Callable, Optional

from autograd_tui.engine import graph as _graph
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.autograd import grad as _grad
from autograd_tui.engine.autograd.function import Function
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.missing import not_in_engine

__all__ = ["compile", "InvalidBackend"]

# torch._dynamo.list_backends(exclude_tags=()) in PyTorch 2.13: the names torch.compile accepts
BACKENDS = frozenset((
    "aot_eager", "aot_eager_decomp_partition", "aot_eager_decomp_partition_crossref",
    "aot_eager_decomp_partition_with_mode", "aot_eager_default_partitioner", "aot_ts", "cudagraphs",
    "dynamo_accuracy_minifier_backend", "dynamo_minifier_backend", "eager", "eager_debug", "eager_noexcept",
    "inductor", "invoke_subgraph", "non_leaf_compile_error_TESTING_ONLY", "openxla", "openxla_eval",
    "pre_dispatch_eager", "relu_accuracy_error_TESTING_ONLY", "relu_compile_error_TESTING_ONLY",
    "relu_runtime_error_TESTING_ONLY", "ts", "tvm",
))
# the modes inductor knows, in the order its error lists them
MODES = ("default", "lite", "reduce-overhead", "max-autotune-no-cudagraphs", "max-autotune")


class TorchDynamoException(RuntimeError):
    pass


class InvalidBackend(TorchDynamoException):
    pass


TorchDynamoException.__module__ = InvalidBackend.__module__ = "torch._dynamo.exc"


def _check(backend: Any, mode: Optional[str], options: Optional[dict], dynamic: Any) -> None:
    """PyTorch's checks at compile time, in its order (the rest it makes at the first call)."""
    if mode is not None and options is not None:
        raise RuntimeError("Either mode or options can be specified, but both can't be specified at the same time.")
    if backend is None:
        backend = "inductor"
    if not isinstance(backend, str):
        # a custom backend is handed the traced graph, which the engine does not build
        raise not_in_engine("torch.compile(backend=<a callable>)")
    if backend not in BACKENDS:
        raise InvalidBackend(f"Invalid backend: {backend!r}, see `torch._dynamo.list_backends()` for available "
                             "backends.")
    if backend == "inductor" and mode is not None and mode not in MODES:
        raise RuntimeError(f"Unrecognized mode={mode}, should be one of: {', '.join(MODES)}")
    if options:
        # which options exist depends on the backend's configuration, which the engine does not have
        raise not_in_engine("torch.compile(options=...)")
    if dynamic is not None and not isinstance(dynamic, bool):
        raise AssertionError(f"Expected enable to be a bool, got {type(dynamic)}")


# The tensors read from modules' tables (nn.Module.__getattr__ appends (module, tensor)) during
# each compiled call in progress, innermost last.
reads: list[list] = []


class _EagerCall:
    """What one compiled call computed with the eager kernels: its results and the graph behind them."""

    __slots__ = ("outputs", "inputs")

    def __init__(self, outputs: tuple, inputs: list) -> None:
        self.outputs, self.inputs = outputs, inputs


class CompiledFunction(Function):
    """The node AOTAutograd puts behind a compiled call's results; its backward runs the eager graph."""

    @staticmethod
    def forward(ctx: Any, call: _EagerCall, *inputs: Tensor) -> Any:
        ctx.call = call
        ctx.save_for_backward(*inputs)  # a second backward without retain_graph fails as PyTorch's
        results = tuple(out.detach() for out in call.outputs)
        ctx.mark_non_differentiable(*(mine for mine, out in zip(results, call.outputs) if not out.requires_grad))
        return results if len(results) > 1 else results[0]

    @staticmethod
    def backward(ctx: Any, *grads: Optional[Tensor]) -> tuple:
        ctx.saved_tensors  # noqa: B018 - read for its check: a graph already freed raises here
        call = ctx.call
        pairs = [(out, g) for out, g in zip(call.outputs, grads) if out.requires_grad and g is not None]
        wanted = [t for t in call.inputs if t.requires_grad]
        found = iter(_grad([out for out, _ in pairs], wanted, [g for _, g in pairs], retain_graph=True,
                           allow_unused=True) if pairs and wanted else [None] * len(wanted))
        results = [next(found) if t.requires_grad else None for t in call.inputs]
        present = [r for r in results if r is not None]
        if _State.enabled and present:  # create_graph: PyTorch's compiled backward is one more node, that refuses
            made = CompiledFunctionBackward.apply(present, *wanted)
            made = iter(made if isinstance(made, tuple) else (made,))
            results = [next(made) if r is not None else None for r in results]
        return (None, *results)


class CompiledFunctionBackward(Function):
    """The node of a compiled call's backward under create_graph: it hangs from the call's inputs."""

    @staticmethod
    def forward(ctx: Any, grads: list, *inputs: Tensor) -> Any:
        return tuple(g.detach() for g in grads) if len(grads) > 1 else grads[0].detach()

    @staticmethod
    def backward(ctx: Any, *grads: Any) -> Any:
        raise RuntimeError("torch.compile with aot_autograd does not currently support double backward")


def _read_order(read: list, args: tuple, kwargs: dict) -> list:
    """The tensors a compiled call used, in the order PyTorch's tracer meets them: a module's
    parameters and buffers when the code reads them, an argument when an operation first uses it,
    taken here to be when the first module without children has read its own."""
    arguments = [a for a in (*args, *kwargs.values()) if isinstance(a, Tensor)]
    cut, first_leaf = len(read), None
    for i, (module, _) in enumerate(read):
        if first_leaf is None:
            if not module._modules:
                first_leaf = module
        elif module is not first_leaf:
            cut = i
            break
    ordered, seen = [], set()
    for tensor in [t for _, t in read[:cut]] + arguments + [t for _, t in read[cut:]]:
        if id(tensor) not in seen:
            seen.add(id(tensor))
            ordered.append(tensor)
    return ordered


def _through_compiled_node(result: Any, inputs: list, start: int) -> Any:
    """``result`` hung from one CompiledFunctionBackward, or as it is when that cannot be exact."""
    # a tensor, or a plain tuple or list of them (anything else keeps the eager graph)
    outputs = (result,) if isinstance(result, Tensor) else tuple(result) if type(result) in (tuple, list) else ()
    if not outputs or not all(isinstance(o, Tensor) for o in outputs) or not any(o.requires_grad for o in outputs):
        return result
    known = {id(t) for t in inputs}
    if any(id(o) in known for o in outputs):
        return result
    # every tensor the eager graph reaches outside the call must be an edge of the node (a global
    # tensor the call used, say); a node from before the call must be an argument's own
    by_node = {id(t.grad_fn) for t in inputs if t.grad_fn is not None}
    pending = [o.grad_fn for o in outputs if o.grad_fn is not None]
    if any(node._seq < start for node in pending):
        return result
    seen: set = set()
    extra = []
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        for child, _ in node.next_functions:
            if child is None or id(child) in seen:
                continue
            if isinstance(child, _graph.AccumulateGrad):
                seen.add(id(child))
                if id(child.variable) not in known:
                    known.add(id(child.variable))
                    extra.append(child.variable)
            elif child._seq < start:
                if id(child) not in by_node:
                    return result
            else:
                pending.append(child)
    call = _EagerCall(outputs, inputs + extra)
    made = CompiledFunction.apply(call, *call.inputs)
    if isinstance(result, Tensor):
        return made
    return type(result)(made if isinstance(made, tuple) else (made,))


def run_compiled(call: Callable, args: tuple, kwargs: dict) -> Any:
    """``call(*args, **kwargs)`` as a compiled call: eager kernels, one node behind the results."""
    if not _State.enabled:
        return call(*args, **kwargs)
    read: list = []
    reads.append(read)
    start = next(_graph._sequence)
    try:
        result = call(*args, **kwargs)
    finally:
        reads.pop()
    return _through_compiled_node(result, _read_order(read, args, kwargs), start)


def wrap_function(function: Callable, through_aot: bool = True) -> Callable:
    """A compiled function: the same eager call, under the function's own name."""
    if not callable(function):
        raise AssertionError(f"A callable function is expected, but {type(function)} is provided.")

    @functools.wraps(function)
    def compiled(*args: Any, **kwargs: Any) -> Any:
        return run_compiled(function, args, kwargs) if through_aot else function(*args, **kwargs)
    return compiled


def through_aot(backend: Any) -> bool:
    """Whether ``backend`` runs the call through AOTAutograd (all but the eager ones)."""
    return not (isinstance(backend, str) and backend.startswith("eager"))


def compile(model: Optional[Callable] = None, *, fullgraph: bool = False, dynamic: Optional[bool] = None,  # noqa: A001
            backend: Any = None, mode: Optional[str] = None, options: Optional[dict] = None,
            name: Optional[str] = None, disable: bool = False, recompile_limit: Optional[int] = None,
            isolate_recompiles: bool = False, shapes_spec: Any = None) -> Callable:
    """``torch.compile``: ``model`` wrapped to run as before (see the module's docstring); without
    ``model``, a decorator that compiles what it is given with these settings."""
    if model is None:
        def fn(model: Optional[Callable]) -> Callable:
            if model is None:
                raise RuntimeError("Model can't be None")
            return compile(model, fullgraph=fullgraph, dynamic=dynamic, backend=backend, mode=mode, options=options,
                           name=name, disable=disable, recompile_limit=recompile_limit,
                           isolate_recompiles=isolate_recompiles, shapes_spec=shapes_spec)
        return fn
    _check(backend, mode, options, dynamic)
    if disable:
        return model
    optimized = getattr(type(model), "_optimized", None)  # nn.Module's: it wraps itself in OptimizedModule
    aot = through_aot(backend)
    return optimized(model, aot) if optimized is not None else wrap_function(model, aot)
