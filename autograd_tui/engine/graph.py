"""The backward graph: nodes, the leaves' AccumulateGrad, and the backward pass.

Every differentiable op leaves a *node* on its output (``tensor.grad_fn``). A node knows the
edges to the nodes of its inputs (``next_functions``) and how to turn the gradient of its
output into gradients of its inputs (its entry in ``derivatives.py``; ``record.py`` attaches
the node). ``backward`` walks the nodes in
the order PyTorch does — newest first — with an explicit heap, never recursion, so a chain of
200,000 nodes is as easy as a chain of two.
"""
from __future__ import annotations

import heapq
import itertools
import os
import traceback
import warnings
import weakref
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from autograd_tui.engine.grad_mode import _State

_sequence = itertools.count()
_LEAF_PRIORITY = 1 << 62


class RemovableHandle:
    """What ``register_hook`` returns; ``.remove()`` takes the hook away again."""

    __slots__ = ("_table", "_key", "_extra")
    _ids = itertools.count()

    def __init__(self, table: dict, extra: tuple = ()) -> None:
        self._table = table
        self._key = next(self._ids)
        self._extra = extra  # tables keyed alike (a module's with_kwargs flags), cleaned up too

    @property
    def id(self) -> int:
        """The hook's key in its table (``module._forward_hooks`` prints these keys)."""
        return self._key

    def remove(self) -> None:
        self._table.pop(self._key, None)
        for table in self._extra:
            table.pop(self._key, None)

    def __enter__(self) -> "RemovableHandle":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.remove()


RemovableHandle.__module__ = "torch.utils.hooks"


def reset_handle_ids() -> None:
    """Number hook handles from 0 again, as a fresh process does (a module's ``_forward_pre_hooks``
    prints the keys); for ``torch._reset_warn_once`` only, never while hooks are being added."""
    RemovableHandle._ids = itertools.count()


class Node:
    """A step of the backward graph. Subclasses are named as in PyTorch (``MulBackward0``)."""

    __slots__ = ("next_functions", "_seq", "_pre_hooks", "_retained", "_post_hooks", "_node_pre_hooks",
                 "_metadata", "__weakref__")
    next_functions: tuple
    _num_outputs = 1
    # Whether apply's results are new tensors or views of the arriving gradients, never anything
    # the caller could hold (true of the table's formulas; a custom Function may return anything).
    _returns_own_grads = False

    def __init__(self) -> None:
        # record.record sets these same fields itself on the table's nodes (no __init__ per op)
        self._seq = next(_sequence)
        self._pre_hooks: dict | None = None  # {output_nr: {key: hook}}: tensor.register_hook on outputs
        self._retained: dict | None = None   # {output_nr: weakref to a tensor that called retain_grad()}
        self._post_hooks: dict | None = None
        self._node_pre_hooks: dict | None = None  # register_prehook: run after the tensor hooks

    def name(self) -> str:
        return type(self).__name__

    def __lt__(self, other: Node) -> bool:
        # Ready leaves share one priority. Without hooks nothing can tell their order apart, so the
        # plain heap may take them in any order: no node sorts before another.
        return False

    def __call__(self, *grads):
        """Apply this node by hand: gradients of its outputs in, of its inputs out."""
        result = self.apply(list(grads), False)
        _State.gradients_exposed += 1
        return tuple(result)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} object at {hex(id(self))}>"

    @property
    def requires_grad(self) -> bool:
        """A node exists only where some input requires grad (PyTorch's property says so)."""
        return True

    @property
    def metadata(self) -> dict:
        try:
            return self._metadata
        except AttributeError:  # made on first use: few nodes ever carry metadata
            self._metadata: dict = {}
            return self._metadata

    def register_hook(self, hook: Callable) -> RemovableHandle:
        """A hook called as ``hook(grad_inputs, grad_outputs)`` after this node runs; a tuple it
        returns replaces ``grad_inputs``."""
        if self._post_hooks is None:
            self._post_hooks = {}
        handle = RemovableHandle(self._post_hooks)
        self._post_hooks[handle._key] = hook
        return handle

    def register_prehook(self, hook: Callable) -> RemovableHandle:
        """A hook called as ``hook(grad_outputs)`` before this node runs; a tuple it returns
        replaces ``grad_outputs``."""
        if self._node_pre_hooks is None:
            self._node_pre_hooks = {}
        handle = RemovableHandle(self._node_pre_hooks)
        self._node_pre_hooks[handle._key] = hook
        return handle

    def _shown_names(self) -> list[str]:
        """What ``dir()`` lists of a node PyTorch writes in C++: its own API, ``_saved_*`` and
        ``_raw_saved_*``, not the engine's fields (``_saved``, ``_rule``) nor the
        ``__slots__``/``__module__`` of a Python class."""
        return [name for name in object.__dir__(self)
                if name in _NODE_API or name.startswith(("_saved_", "_raw_saved_"))
                or name.startswith("__") and name not in _PYTHON_CLASS_DUNDERS]

    def _tensor_hooks(self, output_nr: int) -> dict:
        if self._pre_hooks is None:
            self._pre_hooks = {}
        return self._pre_hooks.setdefault(output_nr, {})

    # Subclasses implement these two.
    def apply(self, grads: list, create_graph: bool) -> Sequence:
        raise NotImplementedError

    def apply_wanted(self, grads: list, create_graph: bool, wanted: list) -> Sequence:
        """``apply`` when the pass needs only some inputs' gradients (``wanted``, one flag an edge):
        a table node computes only those, as PyTorch's formulas ask should_compute_output."""
        return self.apply(grads, create_graph)

    def release(self) -> None:
        """Free saved tensors once backward has used them (unless retain_graph)."""


# The public names of PyTorch's C++ nodes (AccumulateGrad's variable too), and the dunders only a
# Python class has.
_NODE_API = frozenset(("metadata", "name", "next_functions", "register_hook", "register_prehook", "requires_grad",
                       "variable"))
_PYTHON_CLASS_DUNDERS = frozenset(("__annotations__", "__module__", "__slots__", "__weakref__"))


class AccumulateGrad(Node):
    """The node of a leaf tensor: adds the arriving gradient into ``variable.grad``."""

    __slots__ = ("variable", "_may_steal")

    def __init__(self, variable: Any) -> None:
        super().__init__()
        self._may_steal = False  # set by execute: whether only the engine holds the arriving gradient
        # PyTorch runs leaf accumulation as soon as it is ready: rank it above every op node,
        # all leaves alike.
        self._seq = _LEAF_PRIORITY
        self.variable = variable
        self.next_functions = ()

    def name(self) -> str:
        return "torch::autograd::AccumulateGrad"

    __dir__ = Node._shown_names

    def apply(self, grads: list, create_graph: bool) -> Sequence:
        var = self.variable
        grad = grads[0]
        may_steal = self._may_steal
        if may_steal:
            self._may_steal = False  # for this pass only: the next one decides again
        if var._grad is None:
            # Keep the graph only when asked (create_graph). Otherwise .grad takes the arriving
            # array itself when only the engine holds it (execute tracks that), as PyTorch does,
            # or else a copy, so that .grad never aliases the caller's tensor or another leaf's
            # gradient.
            if create_graph:
                var._grad = grad._copy_for_grad()  # a recorded copy (CopyBackwards)
            elif may_steal and _layout_matches(grad, var):
                var._grad = grad.data
            else:
                var._grad = _copy_in_layout_of(grad, var)
        elif create_graph or _State.enabled:
            var._grad = var._grad + grad
        else:
            var._grad._accumulate_(grad)
        if var._post_accumulate_hooks:
            run_post_accumulate_hooks(var)
        return ()


def leaf_variables(grad_fn: Any) -> Iterable[Any]:
    """The leaf tensors behind a node: each AccumulateGrad reached from ``grad_fn``, once."""
    seen: set[int] = set()
    stack = [grad_fn]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, AccumulateGrad):
            yield node.variable
        else:
            stack.extend(next_node for next_node, _ in node.next_functions)


def run_post_accumulate_hooks(var: Any) -> None:
    """``register_post_accumulate_grad_hook`` hooks, once ``var.grad`` has the new gradient."""
    _State.gradients_exposed += 1
    for hook in list(var._post_accumulate_hooks.values()):
        if hook(var) is not None:
            raise RuntimeError("Tensor post accumulate grad hooks should return None.")


# Anomaly mode
# ---------------------------------------------------------------------------------------------
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_forward_traces: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def remember_forward(node: Node) -> None:
    """Keep where the learner's code made ``node`` (anomaly mode), without the engine's own frames."""
    frames = traceback.extract_stack()[:-1]
    while frames and frames[-1].filename.startswith(_PACKAGE_DIR):
        frames.pop()  # the engine's own frames, innermost
    start = len(frames)
    while start and not (frames[start - 1].filename.startswith(_PACKAGE_DIR)
                         or frames[start - 1].filename.startswith("<frozen")):
        start -= 1  # the learner's frames, up to the runner that started them
    _forward_traces[node] = "".join(traceback.format_list(frames[start:]))


def _apply_in_anomaly_mode(node: Node, grads: list, create_graph: bool, wanted: list | None = None) -> Sequence:
    try:
        if wanted is None:
            input_grads = node.apply(grads, create_graph)
        else:
            input_grads = node.apply_wanted(grads, create_graph, wanted)
        if _State.anomaly_check_nan:
            for i, g in enumerate(input_grads):
                if g is not None and g.dtype.is_floating_point and np.isnan(g._data).any():
                    raise RuntimeError(f"Function '{node.name()}' returned nan values in its {i}th output.")
    except Exception:
        trace = _forward_traces.get(node)
        if trace is not None:
            warnings.warn(f"Error detected in {node.name()}. Traceback of forward call that caused the error:\n"
                          f"{trace} (Triggered internally at "
                          "/__w/pytorch/pytorch/torch/csrc/autograd/python_anomaly_mode.cpp:122.)",
                          UserWarning, stacklevel=2)
        raise
    return input_grads


def checked_hook_result(hook: Callable, result: Any, grad: Any) -> Any:
    """What a tensor hook returned, refused as PyTorch refuses it when it is not a like gradient."""
    if not hasattr(result, "_data"):
        raise TypeError(f"expected Variable, but hook returned '{type(result).__name__}'")
    name = getattr(hook, "__name__", type(hook).__name__)
    if result.dtype is not grad.dtype:
        raise RuntimeError(f"hook '{name}' has changed the type of value (was torch.{grad.dtype.legacy_name} "
                           f"got torch.{result.dtype.legacy_name})")
    if result._data.shape != grad._data.shape:
        raise RuntimeError(f"hook '{name}' has changed the size of value")
    return result


def _layout_matches(grad: Any, var: Any) -> bool:
    """Whether ``grad``'s array can serve as ``var.grad`` as it is: same dtype, shape and strides,
    writeable, memory of its own (or a view of a same-size array, as a transpose), not ``var``'s.
    A small array is copied instead (``STEAL_MIN_ELEMENTS``: the checks cost more than the copy)."""
    data = grad._data
    vdata = var._data
    if (data.size < STEAL_MIN_ELEMENTS or data.dtype != vdata.dtype or data.shape != vdata.shape
            or data.strides != vdata.strides or not data.flags.writeable):
        return False
    owner = data.base
    if owner is None:
        owner = data
    elif owner.__class__ is not data.__class__ or owner.base is not None or owner.size != data.size:
        return False
    if vdata.base is None and owner.__class__ is np.ndarray and vdata.__class__ is np.ndarray:
        return owner is not vdata  # two arrays that own their memory (_may_share's first answers)
    return not _may_share(data, vdata)


def _may_share(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two arrays may share memory: the same owning array, or (memory from elsewhere,
    as ``frombuffer``'s) numpy's bounds check. Views of one owner count as sharing even when
    they do not overlap: the answer may be too cautious (a copy), never too bold."""
    owner_a, owner_b = a.base, b.base  # (each read of .base costs a call into numpy)
    if owner_a is None:
        owner_a = a
    if owner_b is None:
        owner_b = b
    if owner_a is owner_b:
        return True
    if owner_a.__class__ is np.ndarray and owner_b.__class__ is np.ndarray \
            and owner_a.base is None and owner_b.base is None:
        return False  # two arrays that own their memory never overlap
    return bool(np.may_share_memory(a, b))


def _copy_in_layout_of(grad: Any, var: Any) -> Any:
    """A copy of ``grad`` laid out as ``var``: PyTorch gives a new ``.grad`` the strides of a dense
    leaf (row-major, column-major, channels-last), else row-major ones."""
    vdata = var._data
    if vdata.flags.c_contiguous or vdata.shape != grad._data.shape:
        return grad._detached_copy("C")
    if vdata.flags.f_contiguous:
        return grad._detached_copy("F")
    if not _dense(vdata):  # a strided view: row-major
        return grad._detached_copy("C")
    return grad._copy_laid_out_as(vdata)


def _dense(a: np.ndarray) -> bool:
    """Whether an array's elements fill its memory without gaps or overlaps, in some order of dims."""
    order = sorted(range(a.ndim), key=lambda d: a.strides[d])
    expected = a.itemsize
    for d in order:
        if a.shape[d] != 1 and a.strides[d] != expected:
            return False
        expected *= a.shape[d]
    return True


def _edge_node_list(node: Node) -> Iterable[Node]:
    return (n for n, _ in node.next_functions if n is not None)


def _run_pre_hooks(node: Node, grads: list, node_hooks: bool = True) -> list:
    """Tensor hooks and retain_grad() of the tensors this node produced, then (with ``node_hooks``)
    the node's own pre-hooks (``register_prehook``); returns ``grads``, updated or replaced."""
    if node._pre_hooks:
        _State.gradients_exposed += 1
        for nr, hooks in node._pre_hooks.items():
            if grads[nr] is None:
                continue
            for hook in list(hooks.values()):
                result = hook(grads[nr])
                if result is not None:
                    grads[nr] = checked_hook_result(hook, result, grads[nr])
    if node._retained:
        for nr, ref in node._retained.items():
            tensor = ref()
            if tensor is not None and grads[nr] is not None:
                g = grads[nr]
                if tensor._grad is not None:
                    tensor._grad = tensor._grad + g
                else:  # PyTorch clones: under create_graph the retained .grad is CloneBackward0's
                    tensor._grad = g.clone() if g._requires_grad else g._detached_copy()
    if node_hooks and node._node_pre_hooks:
        _State.gradients_exposed += 1
        for hook in list(node._node_pre_hooks.values()):
            result = hook(tuple(grads))
            if result is not None:
                grads = list(_checked_tuple(hook, result, len(grads)))
    return grads


def _run_post_hooks(node: Node, input_grads: Sequence, grads: list) -> Sequence:
    """The node's ``register_hook`` hooks; a tuple one returns replaces the gradients it passes on."""
    _State.gradients_exposed += 1
    for hook in list((node._post_hooks or {}).values()):
        result = hook(tuple(input_grads), tuple(grads))
        if result is not None:
            input_grads = list(_checked_tuple(hook, result, len(input_grads)))
    return input_grads


def _checked_tuple(hook: Callable, result: Any, expected: int) -> tuple:
    if not isinstance(result, tuple):
        raise TypeError(f"expected tuple, but hook returned '{type(result).__name__}'")
    if len(result) != expected:
        name = getattr(hook, "__name__", type(hook).__name__)
        raise RuntimeError(f"hook '{name}' has returned an incorrect number of values (got {len(result)}, but "
                           f"expected {expected})")
    return result


AccumulateGrad.__module__ = "builtins"  # a C++ class in PyTorch: <class 'AccumulateGrad'>


class GraphTask:
    """The backward pass under way: ``register_multi_grad_hook`` asks which nodes it will run."""

    __slots__ = ("id", "_nodes", "_needed", "_captures", "_accumulates")
    _ids = itertools.count()

    def __init__(self, nodes: set, needed: set | None, captures: set, accumulates: bool) -> None:
        self.id = next(self._ids)
        self._nodes, self._needed, self._captures = nodes, needed, captures
        self._accumulates = accumulates  # backward(), with or without inputs=; not autograd.grad

    def will_execute(self, node: Node) -> bool:
        if node not in self._nodes:
            return False
        if self._needed is None or node in self._needed:
            return True
        if node in self._captures:
            if node.__class__ is AccumulateGrad and not self._accumulates:
                raise RuntimeError("A leaf node was passed to _will_engine_execute_node but we are currently "
                                   "running autograd.grad(). This is currently not supported.")
            return True
        return False


# Below this many elements a leaf's first gradient is simply copied: tracking which gradients
# only the engine holds costs every node of the pass more than copying a small array saves
# (a 200,000-node chain to a 2-element leaf paid 15 % for it).
STEAL_MIN_ELEMENTS = 1024


# The passes under way, innermost last (a hook may start another): each as the arguments of its
# GraphTask, made into one only when a hook asks (current_task), so backward does not pay for it.
TASKS: list = []


def current_task() -> GraphTask:
    """The innermost backward pass under way."""
    task = TASKS[-1]
    if task.__class__ is not GraphTask:
        task = TASKS[-1] = GraphTask(*task)
    return task


def execute(roots: list[tuple[Node, int, Any]], *, retain_graph: bool, create_graph: bool,
            capture: dict | None = None, accumulates: bool = True) -> dict:
    """Run the backward pass from ``roots`` (node, output_nr, gradient).

    With ``capture`` ({(node, output_nr): slot}), gradients arriving at those edges are
    returned instead of being accumulated into leaves, as ``torch.autograd.grad`` needs;
    ``accumulates`` says whether the caller adds them into ``.grad`` (``backward(inputs=...)``).
    """
    _State.gradients_exposed += 1  # the caller's gradients, or a hook's, arrive
    # 1. Discover the graph and count, for each node, the edges that point at it.
    dependencies: dict[Node, int] = {}
    seen = {node for node, _, _ in roots}
    stack = list(seen)
    may_steal = False  # some leaf has no .grad yet, so it could take a gradient without a copy
    leaves, hooked_leaf = 0, False
    for node in seen:
        if node.__class__ is AccumulateGrad:  # a root that is a leaf: keep the exact order
            leaves, hooked_leaf = leaves + 1, True
    while stack:
        for child, _ in stack.pop().next_functions:
            if child is None:
                continue
            if child in dependencies:
                dependencies[child] += 1
            else:
                dependencies[child] = 1
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
                    if child.__class__ is AccumulateGrad:
                        leaves += 1
                        if child.variable._grad is None and child.variable._data.size >= STEAL_MIN_ELEMENTS:
                            may_steal = True
                        if not hooked_leaf and (child._pre_hooks or child._post_hooks or child._node_pre_hooks
                                                or child.variable._post_accumulate_hooks):
                            hooked_leaf = True

    needed: set = set()
    capture_nodes: set = set()
    if capture is not None:
        capture_nodes = {node for node, _ in capture}
        needed = _nodes_leading_to(seen, dependencies, capture_nodes)
    captured: dict = {}

    # 2. Seed the input buffers with the root gradients (the caller's: never the engine's own).
    buffers: dict[Node, list] = {}
    # for a buffered node, which of its gradients only the engine holds (see _hand_over): one flag
    # per slot of its buffer, made when the first such gradient arrives
    owned: dict[Node, list] = {}
    for node, nr, grad in roots:
        buf = buffers.get(node)
        if buf is None:
            buf = buffers[node] = [None] * node._num_outputs
        buf[nr] = grad if buf[nr] is None else buf[nr] + grad

    # 3. Run ready nodes, newest first (PyTorch's order on the CPU). Leaves share one priority:
    # with several, which runs first is what PyTorch's binary heap makes of the tie. Only hooks
    # can tell the order of leaves apart, so without them the plain heap (faster) does.
    ready: list = []
    tied = leaves >= 2 and hooked_leaf
    pop, push = (_tied_pop, _tied_push) if tied else (heapq.heappop, heapq.heappush)
    for node in buffers:
        if node not in dependencies:
            push(ready, (-node._seq, node))
    grads: Any
    input_grads: Any
    handed_over: Sequence[bool]
    mine: bool
    prev_mode = _State.enabled
    _State.enabled = create_graph
    TASKS.append((seen, needed if capture is not None else None, capture_nodes, accumulates))
    try:
        if capture is None and not may_steal:
            # the common pass (.backward() on small leaves, or leaves that have a .grad already)
            _run_plain(ready, buffers, dependencies, pop, push, retain_graph, create_graph)
        while ready:
            node = pop(ready)[1]
            grads = buffers.pop(node)
            arrived_owned = owned.pop(node, None) if may_steal else None
            run = capture is None or node in needed
            if capture is not None and node in capture_nodes:
                # PyTorch captures what the tensor hooks return, except at a node that also runs,
                # whose hooks come later, with the node's own.
                seen_by_capture = grads if run else _run_pre_hooks(node, list(grads), node_hooks=False)
                for nr, g in enumerate(seen_by_capture):
                    slot = capture.get((node, nr))
                    if slot is not None:
                        captured[slot] = g
            if run and (node._pre_hooks or node._retained or node._node_pre_hooks):
                grads = _run_pre_hooks(node, grads)
                arrived_owned = None  # a hook may have kept a gradient, or replaced it
            if node.__class__ is AccumulateGrad:
                node._may_steal = arrived_owned is not None and arrived_owned[0]
            if run and (grads[0] is not None or any(g is not None for g in grads)):
                # autograd.grad / backward(inputs=): an input whose edge leads to nothing asked
                # for is not differentiated (its formula may refuse, as zeta's for x does)
                wanted = None
                if capture is not None:
                    for child, _ in node.next_functions:
                        if child is not None and child not in needed and child not in capture_nodes:
                            wanted = [child is not None and (child in needed or child in capture_nodes)
                                      for child, _ in node.next_functions]
                            break
                if _State.anomaly:
                    input_grads = _apply_in_anomaly_mode(node, grads, create_graph, wanted)
                elif wanted is None:
                    input_grads = node.apply(grads, create_graph)
                else:
                    input_grads = node.apply_wanted(grads, create_graph, wanted)
                if node._post_hooks:
                    input_grads = _run_post_hooks(node, input_grads, grads)
            else:
                input_grads = ()
            if not retain_graph:
                node.release()
            n_in = len(input_grads)
            # Which results only the engine holds: worth knowing only if some leaf may steal one.
            if not (n_in and may_steal):
                handed_over = ()
            elif n_in == 1 and node._returns_own_grads and not node._post_hooks:  # the usual case, inline
                handed_over = (input_grads[0] is not None and _fresh(input_grads[0]._data, grads, arrived_owned),)
            else:
                handed_over = _hand_over(node, grads, arrived_owned, input_grads)
            for i, (child, nr) in enumerate(node.next_functions):
                if child is None:
                    continue
                g = input_grads[i] if i < n_in else None
                buf = buffers.get(child)
                if buf is None:
                    buf = buffers[child] = [None] * child._num_outputs
                if g is not None:
                    if buf[nr] is None:
                        buf[nr] = g
                        mine = may_steal and handed_over[i]
                    else:
                        buf[nr] = buf[nr] + g  # a new tensor: the engine's own
                        mine = may_steal
                    if mine:
                        flags = owned.get(child)
                        if flags is None:
                            flags = owned[child] = [False] * child._num_outputs
                        flags[nr] = True
                left = dependencies[child] - 1
                dependencies[child] = left
                if left == 0 and (capture is None or child in needed or child in capture_nodes):
                    push(ready, (-child._seq, child))  # (PyTorch queues no node it will not run)
            # Let go of this node's gradients now: a leaf's AccumulateGrad may take the array
            # as .grad only when nothing else holds it.
            grads = input_grads = g = buf = None
    finally:
        _State.enabled = prev_mode
        TASKS.pop()
    return captured


def _run_plain(ready: list, buffers: dict, dependencies: dict, pop: Callable, push: Callable,
               retain_graph: bool, create_graph: bool) -> None:
    """Step 3 of ``execute`` without what only ``autograd.grad`` (captures) and the gradient
    buffers' hand-over to leaves need: the same order and results, less work per node."""
    input_grads: Any
    while ready:
        node = pop(ready)[1]
        grads = buffers.pop(node)
        if node._pre_hooks or node._retained or node._node_pre_hooks:
            grads = _run_pre_hooks(node, grads)
        # The same apply and post-hooks as execute's loop, written out again on purpose: one
        # function for both costs a call a node, 1.3 % of a 100-node walk (perf19, measured A/B)
        if grads[0] is not None or any(g is not None for g in grads):
            if _State.anomaly:
                input_grads = _apply_in_anomaly_mode(node, grads, create_graph)
            else:
                input_grads = node.apply(grads, create_graph)
            if node._post_hooks:
                input_grads = _run_post_hooks(node, input_grads, grads)
        else:
            input_grads = ()
        if not retain_graph:
            node.release()
        n_in = len(input_grads)
        for i, (child, nr) in enumerate(node.next_functions):
            if child is None:
                continue
            g = input_grads[i] if i < n_in else None
            buf = buffers.get(child)
            if buf is None:
                buf = buffers[child] = [None] * child._num_outputs
            if g is not None:
                buf[nr] = g if buf[nr] is None else buf[nr] + g
            left = dependencies[child] - 1
            dependencies[child] = left
            if left == 0:
                push(ready, (-child._seq, child))
        grads = input_grads = g = buf = None  # let go of them before the next node (see execute)


def _tied_push(heap: list, item: tuple) -> None:
    """std::push_heap on (-priority, node) items, as PyTorch's ready queue (a std::priority_queue)
    does it: the item rises past parents of lower priority only, never past an equal one."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1, 0, item)


def _tied_pop(heap: list) -> tuple:
    """std::pop_heap: the last item fills the top's place by sifting a hole down to the bottom
    (to the right child unless the left one outranks it), then rising back up."""
    top = heap[0]
    item = heap.pop()
    n = len(heap)
    if n:
        hole = child = 0
        while child < (n - 1) // 2:
            child = 2 * child + 2
            if heap[child][0] > heap[child - 1][0]:
                child -= 1
            heap[hole] = heap[child]
            hole = child
        if n % 2 == 0 and child == (n - 2) // 2:
            child = 2 * child + 2
            heap[hole] = heap[child - 1]
            hole = child - 1
        _sift_up(heap, hole, 0, item)
    return top


def _sift_up(heap: list, hole: int, top: int, item: tuple) -> None:
    key = item[0]
    parent = (hole - 1) // 2
    while hole > top and heap[parent][0] > key:
        heap[hole] = heap[parent]
        hole = parent
        parent = (hole - 1) // 2
    heap[hole] = item


def _hand_over(node: Node, grads: list, arrived_owned: list | None, results: Sequence) -> list:
    """For each gradient ``node`` returned, whether only the engine will hold it once passed on.

    A gradient is the engine's own when a table formula made it: a new tensor, or a view of an
    arriving gradient the engine owned, when no other result shares that gradient's memory. The
    caller's gradients, a hook's, a custom Function's and anything two results share are not:
    AccumulateGrad copies those, so that ``.grad`` never aliases what someone else can see.
    (A single result of a table formula without post hooks is decided inline by ``execute``.)
    """
    if not node._returns_own_grads or node._post_hooks:
        return [False] * len(results)
    if len(results) > 1:
        flags = _hand_over_plain(grads, arrived_owned, results)
        if flags is not None:
            return flags
    flags = [False] * len(results)
    arrived = {id(a._data) for a in grads if a is not None}
    several = len(results) > 1
    for i, g in enumerate(results):
        if g is None:
            continue
        data = g._data
        if data.base is None and id(data) not in arrived:
            fresh = True  # an array with memory of its own, made by the formula
        else:
            sharing = [k for k, a in enumerate(grads) if a is not None and _may_share(data, a._data)]
            fresh = not sharing or (len(sharing) == 1 and arrived_owned is not None and arrived_owned[sharing[0]])
        if fresh and several and _shares_with_another_result(data, i, results):
            fresh = False
        flags[i] = fresh
    return flags


def _fresh(data: np.ndarray, grads: list, arrived_owned: list | None) -> bool:
    """``_hand_over`` of a node's single result (most nodes have one), in fewer steps: ``data``
    is the engine's own when it owns its memory and did not arrive, or when it shares memory
    with no arriving gradient, or with one only, which the engine owned."""
    if data.base is None:
        for a in grads:
            if a is not None and a._data is data:
                break
        else:
            return True
    sharing = -1
    for k, a in enumerate(grads):
        if a is not None and _may_share(data, a._data):
            if sharing >= 0:
                return False
            sharing = k
    return sharing < 0 or (arrived_owned is not None and arrived_owned[sharing])


_NO_OWNER = id(None)


def _hand_over_plain(grads: list, arrived_owned: list | None, results: Sequence) -> list | None:
    """``_hand_over`` of several results when every result and arriving gradient is a plain numpy
    array that owns its memory or views one that does (the usual case), else None (``frombuffer``,
    a subclass: numpy's check decides). Two such arrays share memory exactly when their owner is
    the same, so one identity test (of the owners' ids) stands for ``_may_share``."""
    arrived = _owner_ids(grads)  # (None's id for a missing gradient)
    mine = _owner_ids(results)
    if arrived is None or mine is None:
        return None
    flags = []
    for i, owner in enumerate(mine):
        if owner == _NO_OWNER or mine.count(owner) > 1:
            flags.append(False)  # no result, or another result shares its memory
        elif owner not in arrived:
            flags.append(True)  # memory no arriving gradient has: the formula's own
        else:
            data = results[i]._data
            if id(data) == owner and not any(a is not None and a._data is data for a in grads):
                flags.append(True)  # an array with memory of its own, made by the formula
            else:  # a view of an arriving gradient: the engine's if that one was, and no other shares it
                flags.append(arrived.count(owner) == 1 and arrived_owned is not None
                             and arrived_owned[arrived.index(owner)])
    return flags


def _owner_ids(tensors: Sequence) -> list[int] | None:
    """The ids of the arrays that own the tensors' memory (``_NO_OWNER`` for None), or None where
    one is not a plain numpy array owning its memory or viewing one that does."""
    owners = []
    for t in tensors:
        if t is None:
            owners.append(_NO_OWNER)
            continue
        owner = t._data.base
        if owner is None:
            owner = t._data
        elif owner.base is not None:
            return None
        if owner.__class__ is not np.ndarray:
            return None
        owners.append(id(owner))
    return owners


def _shares_with_another_result(data: Any, i: int, results: Sequence) -> bool:
    for j, other in enumerate(results):
        if j != i and other is not None and (other._data is data or _may_share(data, other._data)):
            return True
    return False


def _nodes_leading_to(nodes: set, dependencies: dict, targets: set) -> set:
    """The nodes from which some target can be reached (the only ones worth running)."""
    remaining = dict(dependencies)
    order = []
    frontier = [n for n in nodes if remaining.get(n, 0) == 0]
    while frontier:
        node = frontier.pop()
        order.append(node)
        for child in _edge_node_list(node):
            remaining[child] -= 1
            if remaining[child] == 0:
                frontier.append(child)
    reaches = set()  # nodes that are a target or lead to one
    needed = set()   # nodes with an edge into ``reaches``: PyTorch runs exactly these
    for node in reversed(order):
        if any(child in reaches for child in _edge_node_list(node)):
            needed.add(node)
            reaches.add(node)
        elif node in targets:
            reaches.add(node)
    return needed


def weak(tensor: Any) -> "weakref.ref":
    return weakref.ref(tensor)
