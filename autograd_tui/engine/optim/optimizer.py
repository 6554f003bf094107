"""``torch.optim.Optimizer``: parameter groups, per-parameter state, ``zero_grad`` and state dicts.

Subclasses implement ``step``, most as ``_run_step(closure, self._update_group)``, where
``_update_group`` walks ``self._params_with_grad(group)``: every parameter that has a gradient,
with that gradient and the parameter's state (made by the subclass's ``_init_state`` on first use).
Updates run on the parameters' numpy arrays in place, in the same float32 order of operations as
PyTorch's single-tensor (CPU) implementations, and bump each parameter's version counter the way
an in-place ``param.add_`` does.
"""
from __future__ import annotations

import copy
import functools
from collections import OrderedDict, defaultdict
from itertools import chain
from typing import Any, Callable, Iterable, Iterator, Optional

import numpy as np

from autograd_tui.engine import dtypes, functions
from autograd_tui.engine.parity import blas
from autograd_tui.engine.parity.float32_math import _fma32
from autograd_tui.engine.parity.generator import _fma64
from autograd_tui.engine._tensor import AT_LIBRARY, Tensor, forget_shown_warnings, make
from autograd_tui.engine.functions._common import typename
from autograd_tui.engine.grad_mode import enable_grad, no_grad
from autograd_tui.engine.graph import RemovableHandle

__all__ = ["Optimizer", "required", "register_optimizer_step_pre_hook", "register_optimizer_step_post_hook"]


class _RequiredParameter:
    def __repr__(self) -> str:
        return "<required parameter>"


required = _RequiredParameter()


def write_(param: Tensor, value: np.ndarray) -> None:
    """Store ``value`` into ``param`` in place, as an in-place tensor op would."""
    data = param._data
    if data.flags.writeable:
        np.copyto(data, value, casting="unsafe")
    else:
        param._data = np.array(value, dtype=param.dtype.np)
    param._bump_version()


class Optimizer:
    """Base class: holds ``param_groups`` (dicts of options and params) and ``state``."""

    def __init__(self, params: Iterable, defaults: dict) -> None:
        self.defaults = defaults
        self._optimizer_step_pre_hooks: dict = OrderedDict()
        self._optimizer_step_post_hooks: dict = OrderedDict()
        self._optimizer_state_dict_pre_hooks: dict = OrderedDict()
        self._optimizer_state_dict_post_hooks: dict = OrderedDict()
        self._optimizer_load_state_dict_pre_hooks: dict = OrderedDict()
        self._optimizer_load_state_dict_post_hooks: dict = OrderedDict()
        _hook_step(type(self))
        if isinstance(params, Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, "
                            "but got " + typename(params))
        self.state: defaultdict = defaultdict(dict)
        self.param_groups: list[dict] = []
        groups = list(params)
        if not groups:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)
        # PyTorch's first optimizer imports sympy, whose new warnings filter makes Python show a
        # warning already shown at a place once more.
        forget_shown_warnings()

    def add_param_group(self, param_group: dict) -> None:
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, Tensor):
            param_group["params"] = [params]
        elif isinstance(params, set):
            raise TypeError("optimizer parameters need to be organized in ordered collections, but the ordering "
                            "of tensors in sets will change between runs. Please use a list instead.")
        else:
            param_group["params"] = list(params)
        names = [p[0] for p in param_group["params"] if isinstance(p, tuple)]
        param_group["params"] = [p[1] if isinstance(p, tuple) else p for p in param_group["params"]]
        if names:
            if len(names) != len(param_group["params"]):
                raise ValueError("all optimizer params should be with/without names. Some param names are missing")
            param_group["param_names"] = names
        for param in param_group["params"]:
            if not isinstance(param, Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is " + typename(param))
            if not self.defaults.get("differentiable") and not (param.is_leaf or param.retains_grad):
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError(f"parameter group didn't specify a value of required optimization parameter {name}")
            param_group.setdefault(name, default)
        params = param_group["params"]
        if len(params) != len({id(p) for p in params}):
            import warnings
            warnings.warn("optimizer contains a parameter group with duplicate parameters; in future, this will "
                          "cause an error; see github.com/pytorch/pytorch/issues/40967 for more information",
                          UserWarning, stacklevel=AT_LIBRARY)
        for group in self.param_groups:
            if ("param_names" in param_group) != ("param_names" in group):
                named = "with names" if "param_names" in param_group else "without names"
                raise ValueError(f"all optimizer param groups should be with/without names. cannot add param group "
                                 f"{named} to the optimizer")
        seen = {id(p) for group in self.param_groups for p in group["params"]}
        if any(id(p) in seen for p in params):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    # ----- hooks ---------------------------------------------------------------------------------
    def register_step_pre_hook(self, hook: Callable) -> RemovableHandle:
        """``hook(optimizer, args, kwargs)`` before each step; it may return ``(new_args, new_kwargs)``."""
        return _add_hook(self._optimizer_step_pre_hooks, hook)

    def register_step_post_hook(self, hook: Callable) -> RemovableHandle:
        """``hook(optimizer, args, kwargs)`` after each step."""
        return _add_hook(self._optimizer_step_post_hooks, hook)

    def register_state_dict_pre_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        return _add_hook(self._optimizer_state_dict_pre_hooks, hook, prepend)

    def register_state_dict_post_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        return _add_hook(self._optimizer_state_dict_post_hooks, hook, prepend)

    def register_load_state_dict_pre_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        return _add_hook(self._optimizer_load_state_dict_pre_hooks, hook, prepend)

    def register_load_state_dict_post_hook(self, hook: Callable, prepend: bool = False) -> RemovableHandle:
        return _add_hook(self._optimizer_load_state_dict_post_hooks, hook, prepend)

    def zero_grad(self, set_to_none: bool = True) -> None:
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is None:
                    continue
                if set_to_none:
                    p._grad = None
                else:
                    if p._grad.grad_fn is not None:
                        p._grad.detach_()
                    else:
                        p._grad.requires_grad_(False)
                    p._grad.zero_()

    def step(self, closure: Optional[Callable] = None) -> Any:
        raise NotImplementedError

    def _run_step(self, closure: Optional[Callable], update: Callable[[dict], None]):
        """Evaluate the closure (with grad on), then update every group, recording nothing unless the
        optimizer is ``differentiable`` (PyTorch's step sets grad mode to that flag)."""
        loss = None
        if closure is not None:
            with enable_grad():
                loss = closure()
        with (enable_grad() if self.defaults.get("differentiable") else no_grad()):
            for group in self.param_groups:
                update(group)
        return loss

    def _params_with_grad(self, group: dict) -> Iterator[tuple[Tensor, np.ndarray, dict]]:
        """Each parameter of ``group`` that has a gradient, with that gradient and its state.

        A parameter the loss did not reach (``.grad`` is None) is skipped, as PyTorch skips it.
        The gradient comes negated when the group says ``maximize``. An empty state is filled
        from ``_init_state`` (PyTorch creates state lazily, at a parameter's first update).
        """
        maximize = group.get("maximize", False)
        for p in group["params"]:
            if p._grad is None:
                continue
            reduced = p.dtype in (dtypes.float16, dtypes.bfloat16) and not group.get("fused")
            if reduced and self._reduced_update is None and p.dtype is dtypes.bfloat16 \
                    and not self._steps_bfloat16(group):
                raise NotImplementedError(
                    f"{type(self).__name__} on bfloat16 parameters is not in the embedded engine (its state would "
                    "not round as PyTorch's does). Real PyTorch has it (run with --backend torch).")
            state = self.state.get(p)
            if not state:
                fresh = self._init_state(p, group)
                if fresh is None:
                    state = {}  # nothing to keep: no entry, so state_dict() shows none
                else:
                    state = self.state[p]
                    state.update(fresh)
            if reduced and self._reduced_update is not None:
                # PyTorch's sequence of tensor ops, each rounded to the 16-bit type (reduced.py)
                self._reduced_update(p, p._grad, state, group)
                continue
            grad = p._grad._data
            yield p, (-grad if maximize else grad), state

    # ``update(p, grad, state, group)`` for float16 and bfloat16 parameters outside the fused kernels
    _reduced_update: Optional[Callable[[Tensor, Tensor, dict, dict], None]] = None

    def _steps_bfloat16(self, group: dict) -> bool:
        """Whether an optimizer without ``_reduced_update`` rounds bfloat16 parameters as PyTorch does."""
        return False

    def _init_state(self, p: Tensor, group: dict) -> Optional[dict]:
        """The state a parameter starts with, keys in PyTorch's order; None to keep no state."""
        return {}

    # ----- state dicts -------------------------------------------------------------------------
    def state_dict(self) -> dict:
        for pre_hook in self._optimizer_state_dict_pre_hooks.values():
            pre_hook(self)
        index: dict[int, int] = {}
        start = 0
        groups = []
        for group in self.param_groups:
            # numbered by position, as in PyTorch: a parameter listed twice in a group takes up two
            # numbers and keeps the later one
            index.update({id(p): i for i, p in enumerate(group["params"], start) if id(p) not in index})
            start += len(group["params"])
            packed = {k: v for k, v in group.items() if k != "params"}
            packed["params"] = [index[id(p)] for p in group["params"]]
            groups.append(packed)
        state = {(index[id(p)] if isinstance(p, Tensor) else p): v for p, v in self.state.items()}
        result = {"state": state, "param_groups": groups}
        for post_hook in self._optimizer_state_dict_post_hooks.values():
            changed = post_hook(self, result)
            if changed is not None:
                result = changed
        return result

    def load_state_dict(self, state_dict: dict) -> None:
        state_dict = state_dict.copy()
        for pre_hook in self._optimizer_load_state_dict_pre_hooks.values():
            changed = pre_hook(self, state_dict)
            if changed is not None:
                state_dict = changed
        saved_groups = copy.deepcopy(state_dict["param_groups"])
        if len(saved_groups) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        for ours, theirs in zip(self.param_groups, saved_groups):
            if len(ours["params"]) != len(theirs["params"]):
                raise ValueError("loaded state dict contains a parameter group that doesn't match the size of "
                                 "optimizer's group")
        id_map = {old: p for ours, theirs in zip(self.param_groups, saved_groups)
                  for old, p in zip(theirs["params"], ours["params"])}
        state: defaultdict = defaultdict(dict)
        for key, value in state_dict["state"].items():
            if key in id_map:
                state[id_map[key]] = _cast_state(id_map[key], value, _group_of(key, state_dict["param_groups"]))
            else:
                state[key] = value
        new_groups = []
        for ours, theirs in zip(self.param_groups, saved_groups):
            theirs["params"] = ours["params"]
            if "param_names" in ours and "param_names" not in theirs:
                theirs["param_names"] = ours["param_names"]
            new_groups.append(theirs)
        self.__setstate__({"state": state, "param_groups": new_groups})
        for post_hook in self._optimizer_load_state_dict_post_hooks.values():
            post_hook(self)

    def __getstate__(self) -> dict:
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for table in _HOOK_TABLES:
            if table not in self.__dict__:
                setattr(self, table, OrderedDict())
        _hook_step(type(self))
        self.defaults.setdefault("differentiable", False)

    def __repr__(self) -> str:
        text = type(self).__name__ + " ("
        for i, group in enumerate(self.param_groups):
            text += f"\nParameter Group {i}\n"
            for key in sorted(group):
                if key != "params":
                    text += f"    {key}: {group[key]}\n"
        return text + ")"


_HOOK_TABLES = ("_optimizer_step_pre_hooks", "_optimizer_step_post_hooks", "_optimizer_state_dict_pre_hooks",
                "_optimizer_state_dict_post_hooks", "_optimizer_load_state_dict_pre_hooks",
                "_optimizer_load_state_dict_post_hooks")
_global_step_pre_hooks: dict = OrderedDict()
_global_step_post_hooks: dict = OrderedDict()


def _add_hook(table: dict, hook: Callable, prepend: bool = False) -> RemovableHandle:
    handle = RemovableHandle(table)
    table[handle._key] = hook
    if prepend:
        table.move_to_end(handle._key, last=False)  # type: ignore[attr-defined]
    return handle


def register_optimizer_step_pre_hook(hook: Callable) -> RemovableHandle:
    """A pre hook for every optimizer's step: ``hook(optimizer, args, kwargs)``."""
    return _add_hook(_global_step_pre_hooks, hook)


def register_optimizer_step_post_hook(hook: Callable) -> RemovableHandle:
    """A post hook for every optimizer's step: ``hook(optimizer, args, kwargs)``."""
    return _add_hook(_global_step_post_hooks, hook)


def _hook_step(cls: type) -> None:
    """Wrap ``cls.step`` (once) so it runs the step hooks, as PyTorch patches an optimizer's class
    when its first instance is made: a subclass's own ``step`` is wrapped too."""
    func = cls.step  # type: ignore[attr-defined]
    if getattr(func, "hooked", False):
        return

    @functools.wraps(func)
    def step(*args: Any, **kwargs: Any) -> Any:
        self = args[0]
        for pre_hook in chain(_global_step_pre_hooks.values(), self._optimizer_step_pre_hooks.values()):
            result = pre_hook(self, args, kwargs)
            if result is not None:
                if isinstance(result, tuple) and len(result) == 2:
                    args, kwargs = result
                else:
                    raise RuntimeError(f"{func} must return None or a tuple of (new_args, new_kwargs), but got "
                                       f"{result}.")
        out = func(*args, **kwargs)
        for post_hook in chain(self._optimizer_step_post_hooks.values(), _global_step_post_hooks.values()):
            post_hook(self, args, kwargs)
        return out
    step.hooked = True  # type: ignore[attr-defined]
    cls.step = step  # type: ignore[attr-defined]


def _group_of(key: Any, groups: list) -> dict:
    return next((group for group in groups if key in group["params"]), {})


def _cast_state(param: Tensor, value: Any, group: dict, key: Any = None) -> Any:
    """A loaded state value for ``param``, as PyTorch's ``load_state_dict`` casts it: floating tensors to
    the parameter's dtype (the same tensor when it already has it: the state is shared, not copied),
    ``step`` kept as it is (float32 for a fused or capturable group), dicts and sequences entry by entry."""
    if isinstance(value, Tensor):
        if key == "step":
            return value.to(dtypes.float32) if group.get("fused") or group.get("capturable") else value
        return value.to(param.dtype) if param.dtype.is_floating_point else value
    if isinstance(value, dict):
        return {k: _cast_state(param, v, group, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_cast_state(param, v, group) for v in value)
    return value


_DIFFERENTIABLE = ("differentiable=True (optimizer steps recorded by autograd) is not available in the embedded "
                   "engine; real PyTorch has it (run with --backend torch).")


def check_step_options(group: dict, supports_xla: bool = True, records_step: bool = False,
                       foreach_refuses_first: bool = False) -> None:
    """Refuse, as PyTorch would or with a clear note, the step options the engine does not run;
    ``records_step``: the caller runs ``differentiable=True`` itself, as recorded tensor ops;
    ``foreach_refuses_first``: its multi-tensor step refuses autograd even when no parameter has a gradient."""
    if group.get("capturable"):
        raise AssertionError("If capturable=True, params and state_steps must be on supported devices: "
                             f"['cuda', 'xpu', 'hpu', 'privateuseone'{', ' + repr('xla') if supports_xla else ''}].")
    if group.get("differentiable") and not records_step:
        has_grad = any(p._grad is not None for p in group["params"])
        if group.get("foreach") and (foreach_refuses_first or has_grad):
            # PyTorch's multi-tensor steps refuse autograd before touching a parameter
            raise AssertionError("_foreach ops don't support autograd")
        if not has_grad:
            return  # nothing to update: PyTorch's step does nothing either
        if any(p.requires_grad and p.is_leaf for p in group["params"]):
            # the step runs with grad mode on: its in-place update of a leaf fails there
            raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
        raise NotImplementedError(_DIFFERENTIABLE)


def check_fused(fused: Optional[bool], foreach: Optional[bool], differentiable: bool) -> None:
    """PyTorch's constructor checks of ``fused=True``."""
    if fused:
        if differentiable:
            raise RuntimeError("`fused` does not support `differentiable`")
        if foreach:
            raise RuntimeError("`fused` and `foreach` cannot be `True` together.")


def check_tensor_lr(lr: Any) -> None:
    """PyTorch's first check of ``lr``, which may be a tensor if it holds one element."""
    if isinstance(lr, Tensor) and lr.numel() != 1:
        raise ValueError("Tensor lr must be 1-element")


def lr_of(group: dict) -> Any:
    """``group["lr"]`` as the update computes with it: a float, or a tensor squeezed to 0-d (PyTorch's
    ``_to_scalar``), whose arithmetic with Python floats then rounds in the tensor's dtype, as there.
    The tensor comes detached: the step records nothing, and reading its value must not warn."""
    lr = group["lr"]
    if not isinstance(lr, Tensor):
        return lr
    return (lr.squeeze() if lr.dim() != 0 else lr).detach()


def fma(a: Any, b: Any, c: np.ndarray) -> np.ndarray:
    """``a * b + c`` rounded once, in ``c``'s dtype: what ATen's compiled loops compute wherever
    a product feeds an addition (the compiler fuses the two, in float32 and float64 alike)."""
    if c.dtype == np.float32:
        return _fma32(a, b, c)
    if c.dtype == np.float64:
        return _fma64(a, b, c)
    return c + a * b


def addcmul(base: np.ndarray, t1: np.ndarray, t2: np.ndarray, value: float) -> np.ndarray:
    """``base.addcmul(t1, t2, value=value)`` as PyTorch's CPU kernel rounds it: ``fma(value * t1, t2, base)``."""
    return fma(t1 * base.dtype.type(value), t2, base)


def lerp(start: np.ndarray, end: np.ndarray, weight: float) -> np.ndarray:
    """``start.lerp(end, weight)`` with a scalar weight as ATen's kernel rounds it: one fused multiply-add,
    ``start + weight * (end - start)`` for weights below 0.5, else ``end + (weight - 1) * (end - start)``."""
    w = start.dtype.type(weight)
    diff = end - start
    return fma(w, diff, start) if abs(w) < 0.5 else fma(w - start.dtype.type(1), diff, end)


def fused_scalar_tail(param: np.ndarray) -> int:
    """How many trailing elements PyTorch's fused CPU kernels (Adam, AdamW, SGD: ``fused=True``)
    update in their scalar loop rather than in vectors: the AVX-512 loop takes 16 floats (8
    doubles) at a time, the compiler's AVX2 epilogue 8 (4) of what is left, so the last
    ``numel % 8`` (``% 4``) remain, where the compiler fused the other product of a sum of two.
    Measured on the oracle for every length up to 40 and some beyond, float32 and float64."""
    return param.size % (8 if param.dtype == np.float32 else 4)


def is_dense(data: np.ndarray) -> bool:
    """Whether ``data`` fills its memory without gaps or overlaps, in some order of its axes."""
    return _memory_axes(data) is not None


def _memory_axes(data: np.ndarray) -> Optional[tuple]:
    """The axes of a dense ``data`` from the largest stride to the smallest (None if not dense)."""
    axes = tuple(sorted(range(data.ndim), key=lambda d: -abs(data.strides[d])))
    permuted = np.transpose(data, axes)
    return axes if permuted.flags.c_contiguous and all(s >= 0 for s in data.strides) else None


def memory_flat(data: np.ndarray) -> np.ndarray:
    """The elements of ``data`` in the order they lie in memory, as the fused CPU kernels walk a
    tensor's buffer (``data_ptr`` and ``numel``): a view of a dense array, whatever its strides; a
    C-order copy of any other (the kernel's ``contiguous()``)."""
    axes = _memory_axes(data)
    if axes is None:
        return np.ascontiguousarray(data).reshape(-1)
    return np.transpose(data, axes).reshape(-1)


def check_fused_layout(optimizer: str, param: Tensor) -> None:
    """A fused kernel walks a parameter's buffer as one run of ``numel`` elements: on a parameter
    with gaps in its memory (a strided slice) PyTorch's writes land beside it. Not copied here; nor
    SGD's on float16 and bfloat16 (Adam's, AdamW's and Adagrad's are in ``fused_reduced.py``): PyTorch
    2.13's vector loop leaves the parameter's whole 16-element blocks as they were and reads its
    16-bit momentum buffer as float32 words (``FusedSGDKernel.cpp``), values not reproduced here."""
    if param.dtype in (dtypes.float16, dtypes.bfloat16) and optimizer == "SGD":
        raise NotImplementedError(f"{optimizer}(fused=True) on {param.dtype} parameters is not in the embedded "
                                  "engine; real PyTorch has it (run with --backend torch).")
    if not is_dense(param._data):
        raise NotImplementedError(f"{optimizer}(fused=True) on a parameter that is a strided slice (not dense in "
                                  "memory) is not in the embedded engine; real PyTorch has it (run with "
                                  "--backend torch).")


def amp_scaling(optimizer: Optimizer) -> tuple[Optional[float], bool]:
    """The ``grad_scale`` and ``found_inf`` a GradScaler hands a fused optimizer for one step: the
    scale the kernel divides the gradients by (None: already unscaled), and whether to skip."""
    scale, found_inf = getattr(optimizer, "grad_scale", None), getattr(optimizer, "found_inf", None)
    return (None if scale is None else float(scale)), (found_inf is not None and float(found_inf) == 1.0)


def fused_grad(p: Tensor, scale: Optional[float], maximize: bool) -> np.ndarray:
    """The gradient a fused kernel reads, in memory order: divided by a GradScaler's scale, the
    quotient stored back into ``p.grad`` as the kernel stores it; then negated under ``maximize``."""
    stored = p.grad
    assert stored is not None  # only parameters with a gradient are stepped
    grad = memory_flat(stored._data)
    if scale is not None:
        grad = grad / grad.dtype.type(scale)
        if stored._data.flags.writeable:
            np.copyto(memory_flat(stored._data), grad)
            stored._bump_version()
    return -grad if maximize else grad


def advance_step(state: dict) -> float:
    """``state["step"] += 1`` on the float32 counter PyTorch keeps; returns the new count."""
    step_t = state["step"]
    write_(step_t, step_t._data + np.float32(1))
    return float(step_t._data)


def add_(param: Tensor, update: np.ndarray, alpha: float) -> None:
    """``param.add_(update, alpha=alpha)``: one fused multiply-add an element, as PyTorch's kernel."""
    if param.dtype is dtypes.bfloat16:
        write_(param, blas.add_scaled_bfloat16(param._data, update, alpha))
    elif param._data.flags.writeable:
        blas.axpy(alpha, update, param._data)
        param._bump_version()
    else:
        write_(param, blas.add_scaled(param._data, update, alpha))


def sqrt(data: np.ndarray, dtype: dtypes.dtype) -> np.ndarray:
    """The engine's own ``torch.sqrt`` kernel (so optimizers round as tensor code does)."""
    return functions.sqrt(make(data, dtype))._data


def zeros_like_param(p: Tensor) -> Tensor:
    """``torch.zeros_like(p, memory_format=torch.preserve_format)``: laid out as the parameter is."""
    return make(np.zeros_like(p._data, dtype=p.dtype.np), p.dtype)


def scalar_dtype(fused: Optional[bool] = False) -> dtypes.dtype:
    """The dtype of an optimizer's scalar state (PyTorch's ``_get_scalar_dtype``): float64 under a
    float64 default dtype, else float32; always float32 for the fused kernels."""
    return dtypes.float64 if not fused and dtypes.get_default_dtype() is dtypes.float64 else dtypes.float32


def scalar_state(value: float, fused: Optional[bool] = False) -> Tensor:
    """A 0-d tensor of the scalar state dtype holding ``value``."""
    dtype = scalar_dtype(fused)
    return make(np.array(value, dtype=dtype.np), dtype)


def scalar_step(fused: Optional[bool] = False) -> Tensor:
    """An optimizer's step counter, a 0-d tensor as PyTorch keeps it (float32 unless the default
    dtype is float64)."""
    return scalar_state(0.0, fused)


Optimizer.__module__ = "torch.optim.optimizer"
