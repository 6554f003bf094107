"""The autograd entry points behind ``Tensor.backward``, ``torch.autograd.backward`` and ``torch.autograd.grad``."""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from autograd_tui.engine import _vmap_levels, graph
from autograd_tui.engine._tensor import Tensor, make, warn_at_caller, warn_once
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.creation import zeros_like
from autograd_tui.engine.functions.shapes import stack

# The autograd entry points
# ============================================================================================
def _make_root_grads(tensors, grad_tensors):
    roots = []
    for i, t in enumerate(tensors):
        g = grad_tensors[i] if grad_tensors is not None and i < len(grad_tensors) else None
        if g is None:
            if t._requires_grad:
                if t.numel() != 1:
                    raise RuntimeError("grad can be implicitly created only for scalar outputs")
                if not t.dtype.is_floating_point:
                    raise RuntimeError(f"grad can be implicitly created only for real scalar outputs but got {t.dtype}")
                shape = t._data.shape  # a 0-d loss, usually: np.array (C) rather than np.ones (Python)
                g = make(np.array(1, dtype=t.dtype.np) if shape == () else np.ones(shape, dtype=t.dtype.np), t.dtype)
        else:
            if not isinstance(g, Tensor):
                raise TypeError(f"gradients can be either Tensors or None, but got {type(g).__name__}")
            if g._data.shape != t._data.shape:
                raise RuntimeError(f"Mismatch in shape: grad_output[{grad_tensors.index(g)}] has a shape of "
                                   f"{g.shape} and output[{tensors.index(t)}] has a shape of {t.shape}.")
            if g.dtype.is_complex != t.dtype.is_complex:
                raise RuntimeError("For complex Tensors, both grad_output and output are required to have the same "
                                   f"dtype. Mismatch in dtype: grad_output[{grad_tensors.index(g)}] has a dtype of "
                                   f"{g.dtype} and output[{tensors.index(t)}] has a dtype of {t.dtype}.")
            if g.dtype is not t.dtype:
                g = g.to(t.dtype)  # PyTorch casts the given gradient to the output's dtype
        roots.append((t, g))
    # PyTorch checks every gradient (in Python, _make_grads) before its engine checks the outputs.
    # (The positions above are its list.index() of the tensors, equality comparisons included.)
    for i, (t, _) in enumerate(roots):
        if not t._requires_grad:
            raise RuntimeError(f"element {i} of tensors does not require grad and does not have a grad_fn")
    return [(*t._edge(), g) for t, g in roots]


def autograd_backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None,
                      inputs=None) -> None:
    if inputs is not None and not isinstance(inputs, Tensor) and len(inputs) == 0:
        raise RuntimeError("`inputs` argument to `backward()` cannot be empty.")
    _vmap_levels.refuse_in_transform(_vmap_levels.BACKWARD_IN_TRANSFORM)
    if isinstance(tensors, Tensor):
        tensors = (tensors,)
    if isinstance(grad_tensors, Tensor):
        grad_tensors = (grad_tensors,)
    elif grad_tensors is not None:
        grad_tensors = tuple(grad_tensors) if isinstance(grad_tensors, (list, tuple)) else (grad_tensors,)
    if retain_graph is None:
        retain_graph = create_graph
    roots = _make_root_grads(tuple(tensors), grad_tensors)
    if create_graph:
        warn_once(
            "Using backward() with create_graph=True will create a reference cycle between the parameter "
            "and its gradient which can cause a memory leak. We recommend using autograd.grad when "
            "creating the graph to avoid this. If you have to use this function, make sure to reset the "
            ".grad fields of your parameters to None after use to break the cycle and avoid the leak. "
            "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1307.)")
    if inputs is not None:
        inputs = (inputs,) if isinstance(inputs, Tensor) else tuple(inputs)
        for t in inputs:
            if t.grad_fn is not None:
                t.retain_grad()  # as PyTorch's run_backward: .grad arrives through retain_grad, and stays
        grads = _grad(roots, inputs, retain_graph, create_graph, allow_unused=True, accumulates=True)
        for t, g in zip(inputs, grads):
            if g is not None and t.grad_fn is None:
                if t._grad is None:
                    t._grad = g if create_graph else g._detached_copy()
                else:
                    t._grad = t._grad + g
                if t.grad_fn is None and t._post_accumulate_hooks:
                    graph.run_post_accumulate_hooks(t)
        return
    graph.execute(roots, retain_graph=retain_graph, create_graph=create_graph)


def autograd_grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
                  only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False) -> tuple:
    if not only_inputs:
        warn_at_caller("only_inputs argument is deprecated and is ignored now (defaults to True). To accumulate "
                       "gradient for other parts of the graph, please use torch.autograd.backward.", FutureWarning)
    if is_grads_batched:
        return _batched_grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused,
                             materialize_grads)
    single_input = isinstance(inputs, Tensor) or _is_gradient_edge(inputs)
    outputs = (outputs,) if isinstance(outputs, Tensor) or _is_gradient_edge(outputs) else tuple(outputs)
    if isinstance(inputs, Mapping):  # torch.autograd.grad passes a dict's values
        raise TypeError(f"`inputs` argument to `grad()` must be a dict, not {type(inputs).__name__}. Other Mapping "
                        "types are not supported.")
    inputs = (inputs,) if single_input else tuple(inputs)
    if isinstance(grad_outputs, Tensor):
        grad_outputs = (grad_outputs,)
    if retain_graph is None:
        retain_graph = create_graph
    if allow_unused is None:
        allow_unused = materialize_grads
    if not inputs:
        raise RuntimeError("`inputs` argument to `grad()` cannot be empty.")
    for out in outputs:
        if not isinstance(out, Tensor) and not _is_gradient_edge(out):
            raise AssertionError("Expected output to be a torch.Tensor")
    roots = _make_root_grads(outputs, grad_outputs)  # PyTorch checks the outputs first
    for t in inputs:
        if not isinstance(t, Tensor) and not _is_gradient_edge(t):
            raise RuntimeError(f"all inputs have to be Tensors or GradientEdges, but got {type(t).__name__}")
        if not _is_gradient_edge(t) and not t._requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    grads = _grad(roots, inputs, retain_graph, create_graph, allow_unused)
    if materialize_grads:
        if any(g is None and _is_gradient_edge(t) for t, g in zip(inputs, grads)):
            raise RuntimeError("materialize_grads cannot be used when the given input is a GradientEdge")
        grads = tuple(zeros_like(t) if g is None else g for t, g in zip(inputs, grads))
    return grads


def _is_gradient_edge(x) -> bool:
    """A ``torch.autograd.graph.GradientEdge`` (a named tuple: node, output_nr), which ``grad``
    takes in place of a tensor: the gradient flowing into that output of that node."""
    return isinstance(x, tuple) and hasattr(x, "node") and hasattr(x, "output_nr")


def _batched_grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused, materialize_grads):
    """``is_grads_batched=True``: the first dim of each grad_output indexes separate vector-Jacobian
    products, stacked in the result. PyTorch vmaps one backward pass; this runs one per row (the
    graph kept until the last), with PyTorch's checks and messages in its order."""
    outputs = (outputs,) if isinstance(outputs, Tensor) else tuple(outputs)
    inputs = (inputs,) if isinstance(inputs, Tensor) else tuple(inputs)
    if isinstance(grad_outputs, Tensor) or grad_outputs is None:
        grad_outputs = (grad_outputs,) * (1 if grad_outputs is not None else len(outputs))
    grads = []
    for i, (out, g) in enumerate(zip(outputs, tuple(grad_outputs) + (None,) * len(outputs))):
        if isinstance(g, Tensor):
            first = g[0]  # a 0-d or empty grad_output fails here, with indexing's own error
            if first.shape != out.shape:  # (the message shows first.shape[1:], as PyTorch's does)
                raise RuntimeError(
                    "If `is_grads_batched=True`, we interpret the first dimension of each grad_output as the batch "
                    "dimension. The sizes of the remaining dimensions are expected to match the shape of "
                    f"corresponding output, but a mismatch was detected: grad_output[{i}] has a shape of "
                    f"{first.shape[1:]} and output[{i}] has a shape of {out.shape}. If you only want some tensors in "
                    "`grad_output` to be considered batched, consider using vmap.")
        elif g is None and out._requires_grad:
            g = _make_root_grads((out,), None)[0][2]  # a scalar's ones (or the implicit-grad error)
        elif g is not None:
            raise TypeError(f"gradients can be either Tensors or None, but got {type(g).__name__}")
        grads.append(g)
    batched = [g for g in grads if g is not None]
    if any(g.ndim == 0 for g in batched):
        raise ValueError("vmap(vjp, in_dims=0, ...)(<inputs>): Got in_dim=0 for some input, but that input is a "
                         "Tensor of dimensionality 0 so expected in_dim to satisfy 0 <= in_dim < 0.")
    sizes = [g.shape[0] for g in batched]
    if len(set(sizes)) > 1:
        raise ValueError(f"vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                         f"{sizes} for the mapped dimension")
    if retain_graph is None:
        retain_graph = create_graph
    if allow_unused is None:
        allow_unused = materialize_grads
    rows = []
    for b in range(sizes[0] if sizes else 1):
        last = b == (sizes[0] if sizes else 1) - 1
        rows.append(autograd_grad(outputs, inputs, [None if g is None else g[b] for g in grads],
                                  retain_graph=retain_graph if last else True, create_graph=create_graph,
                                  allow_unused=allow_unused, materialize_grads=False))
    result = []
    for k, t in enumerate(inputs):
        column = [row[k] for row in rows]
        if column[0] is None:  # unused, so for every row: None, or materialised unbatched as PyTorch does
            result.append(zeros_like(t) if materialize_grads else None)
        else:
            result.append(stack(column))
    return tuple(result)


def copy_for_grad(g: Tensor) -> Tensor:
    """The first ``.grad`` under create_graph: a recorded copy, as PyTorch's CopyBackwards."""
    out = make(g._data.copy(), g.dtype)
    placeholder = make(g._data, g.dtype)
    return record(_R["copy"], (placeholder, g), out)


def _grad(roots, inputs, retain_graph, create_graph, allow_unused, accumulates=False):
    capture = {}
    for k, t in enumerate(inputs):
        if _is_gradient_edge(t):
            capture[(t.node, t.output_nr)] = k
        elif t.grad_fn is not None:
            capture[(t.grad_fn, t._output_nr)] = k
        else:
            capture[t._edge()] = k
    captured = graph.execute(roots, retain_graph=retain_graph, create_graph=create_graph, capture=capture,
                             accumulates=accumulates)
    result = []
    for k in range(len(inputs)):
        g = captured.get(k)
        if g is None and not allow_unused:
            raise RuntimeError(f"The differentiated Tensor at index {k} appears to not have been used in "
                               "the graph. Set allow_unused=True if this is the desired behavior.")
        if g is not None and not create_graph:
            g = g.detach()
        result.append(g)
    return tuple(result)
