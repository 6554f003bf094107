"""The meta device: tensors with a shape and a dtype and no values, for reasoning about shapes.

A meta tensor here is an ordinary engine tensor flagged ``_on_meta``: its values exist (zeros,
or whatever the ops made of them) but are never shown. Its repr is PyTorch's
``tensor(..., device='meta', size=(2, 3))``; reading values (``item``, ``tolist``, ``numpy``,
``bool``) raises PyTorch's errors, and so do the ops whose output shape depends on the values
(``nonzero``, boolean masks, ``unique``...).

Flagging every op's result would cost each op a check; most programs never make a meta tensor.
So the public entries (the namespaces and classes that ``register`` here) stay as they are until
the first meta tensor is made; from then on (``activate``) each runs through ``_entry``, which
looks for a meta argument and, if there is one, runs the call inside ``run``: every tensor made
meanwhile is a meta tensor (``make`` reads ``_State.meta``), and the random generator is put back
afterwards, since a meta tensor draws no random numbers in PyTorch (``torch.rand(...,
device='meta')`` leaves ``torch.randn(2)`` as it was). ``deactivate`` puts the entries back.
"""
from __future__ import annotations

import functools
import types
from typing import Any, Callable

from autograd_tui.engine import _tensor
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import generator
from autograd_tui.engine.public_names import Builtin

_NO_ITEM = "Tensor.item() cannot be called on meta tensors"
_NO_DATA = "Cannot copy out of meta tensor; no data!"
_NO_NUMPY = ("can't convert meta device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory "
             "first.")
_NONZERO = ("The register_meta function for torch.nonzero() raises unimplemented by default, as a correct "
            "data-independent implementation does not exist. This implementation returns a fake value, assuming "
            "all elements of the tensor are non-zero. To enable this registration, please set "
            "'torch.fx.experimental._config.meta_nonzero_assume_all_nonzero' to True.")


def _no_kernel(op: str) -> str:
    return (f"aten::{op}: attempted to run this operator with Meta tensors, but there was no fake impl or Meta "
            "kernel registered. You may have run into this message while using an operator with PT2 compilation "
            "APIs (torch.compile/torch.export); in order to use this operator with those APIs you'll need to add a "
            "fake impl. Please see the following for next steps:  "
            "https://pytorch.org/tutorials/advanced/custom_ops_landing_page.html")


# What reads values, by entry name: the error PyTorch raises for a meta tensor.
_REFUSED: dict[str, tuple[type, str]] = {
    **dict.fromkeys(("item", "__bool__", "__float__", "__int__", "__complex__", "__index__", "allclose"),
                    (RuntimeError, _NO_ITEM)),
    **dict.fromkeys(("tolist", "cpu"), (NotImplementedError, _NO_DATA)),
    **dict.fromkeys(("numpy", "__array__"), (TypeError, _NO_NUMPY)),
    **dict.fromkeys(("nonzero", "argwhere", "masked_select", "nonzero_static"), (NotImplementedError, _NONZERO)),
    "unique": (NotImplementedError, _no_kernel("_unique2")),
    "unique_consecutive": (NotImplementedError, _no_kernel("unique_consecutive")),
    **dict.fromkeys(("equal", "cov", "corrcoef"), (NotImplementedError, _no_kernel("equal"))),  # cov checks weights
    "histogram": (NotImplementedError, _no_kernel("histogram.bin_ct")),
    "bincount": (NotImplementedError, _no_kernel("bincount")),
}

# Entries that never make a tensor from their arguments, or handle the meta device themselves.
_UNTOUCHED = frozenset((
    "__repr__", "__str__", "__format__", "__new__", "__init__", "__init_subclass__", "__getattribute__",
    "__getattr__", "__setattr__", "__delattr__", "__hash__", "__dir__", "__sizeof__", "__reduce__", "__reduce_ex__",
    "__class__", "__len__", "size", "dim", "numel", "stride", "shape", "dtype", "device", "is_meta", "is_cpu",
    "requires_grad", "grad_fn", "is_leaf", "to", "is_floating_point", "is_complex", "element_size",
    "storage_offset", "is_contiguous", "ndim", "ndimension", "nelement", "get_default_device",
    "set_default_device", "manual_seed", "seed", "initial_seed", "get_rng_state", "set_rng_state",
))

_registered: list[tuple[Any, bool]] = []  # (namespace dict or class, whether it is a class)
_saved: list[tuple[Any, str, Any, Any]] = []  # what activate replaced: (owner, name, original, its wrapper)
_active = [False]


def register(owner: Any) -> None:
    """A namespace (a module's ``globals()``) or a class whose public callables are entries; for a
    class other than Tensor (nn.Module), its ``__call__`` only. A routing already in place covers it
    too (``torch.nn`` loaded after the first meta tensor)."""
    _registered.append((owner, isinstance(owner, type)))
    for entry, saved, module_call in list(_routes):
        _reroute_owner(owner, isinstance(owner, type), entry, saved, module_call)


def run(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """Call ``fn`` so that every tensor it makes is a meta tensor, drawing no random numbers."""
    if not _active[0]:
        activate()
    state = generator.default_generator.get_state_bytes()
    _State.meta += 1
    try:
        return fn(*args, **kwargs)
    finally:
        _State.meta -= 1
        generator.default_generator.set_state_bytes(state)


def _tensors(values: Any):
    for v in values:
        if isinstance(v, Tensor):
            yield v
        elif isinstance(v, (list, tuple)):
            for w in v:
                if isinstance(w, Tensor):
                    yield w


# In-place ops whose kernel checks devices even when writing into a meta tensor (add_, mul_, copy_ do not).
_IN_PLACE_CHECKED = frozenset(("clamp_", "clip_", "clamp_min_", "clamp_max_", "addcmul_", "addcdiv_", "lerp_", "pow_"))


def _entry(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    refused = _REFUSED.get(name)
    in_place = (name.endswith("_") and not name.endswith("__") or name.startswith("__i") and name != "__index__") \
        and name not in _IN_PLACE_CHECKED

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if _State.meta:
            return fn(*args, **kwargs)  # already inside a meta call
        first = None
        meta = other = None
        for t in _tensors(args if not kwargs else (*args, *kwargs.values())):
            if first is None:
                first = t
            if t._on_meta:
                meta = t
            elif t._data.ndim:  # a 0-d CPU tensor goes with any device, as a number would
                other = t
        if meta is None:
            return fn(*args, **kwargs)
        if refused is not None:
            raise refused[0](refused[1])
        special = _SPECIAL.get(name)
        if special is not None:
            return special(fn, args, kwargs)
        if other is not None and not (first._on_meta and in_place):  # m.add_(c): still a meta tensor
            expected, found = ("meta", "cpu") if first._on_meta else ("cpu", "meta")
            raise RuntimeError(f"Tensor on device {found} is not on the expected device {expected}!")
        where = kwargs.get("device")
        if where is not None and not _tensor.use_device(where):
            return fn(*args, **kwargs)  # empty_like(m, device="cpu"): a CPU tensor
        return run(fn, args, kwargs)
    return call


def _getitem(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    key = args[1] if len(args) > 1 else None
    keys = key if isinstance(key, tuple) else (key,)
    if any(isinstance(k, Tensor) and k.dtype.name == "bool" for k in keys):
        raise NotImplementedError(_NONZERO)  # a boolean mask: the shape depends on the values
    return run(fn, args, kwargs)


def _copy_(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    if not args[0]._on_meta:
        raise NotImplementedError(_NO_DATA)  # into a CPU tensor from a meta one
    return run(fn, args, kwargs)  # a meta tensor takes anything (it keeps no values)


def _repeat_interleave(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    repeats = args[1] if len(args) > 1 else kwargs.get("repeats")
    if (isinstance(repeats, Tensor) and repeats._data.ndim) and kwargs.get("output_size") is None:
        raise RuntimeError("cannot repeat_interleave a meta tensor without output_size")
    return run(fn, args, kwargs)


def _where(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    if len(args) + len(kwargs) == 1:
        raise NotImplementedError(_NONZERO)  # torch.where(cond) is nonzero(cond, as_tuple=True)
    return _entry_checked(fn, args, kwargs)


def _one_hot(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    classes = args[1] if len(args) > 1 else kwargs.get("num_classes", -1)
    if classes == -1:
        raise RuntimeError(_NO_ITEM)  # the number of classes is read from the values
    return run(fn, args, kwargs)


def _type(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    out = run(fn, args, kwargs)
    return "torch.meta." + out[len("torch."):] if isinstance(out, str) else out


def _data_ptr(fn: Callable[..., Any], args: tuple, kwargs: dict) -> int:
    return 0  # no storage


def _entry_checked(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    first = next(_tensors((*args, *kwargs.values())))
    for t in _tensors((*args, *kwargs.values())):
        if not t._on_meta and t._data.ndim:
            expected, found = ("meta", "cpu") if first._on_meta else ("cpu", "meta")
            raise RuntimeError(f"Tensor on device {found} is not on the expected device {expected}!")
    return run(fn, args, kwargs)


# Entries whose meta behaviour depends on their arguments.
_SPECIAL: dict[str, Callable[[Callable[..., Any], tuple, dict], Any]] = {
    "__getitem__": _getitem, "copy_": _copy_, "repeat_interleave": _repeat_interleave, "where": _where,
    "one_hot": _one_hot, "type": _type, "data_ptr": _data_ptr,
}


def _module_call(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``Module.__call__``: a meta input makes the whole forward run on the meta device."""
    @functools.wraps(fn)
    def call(self, *args, **kwargs):
        if not _State.meta:
            inputs = list(_tensors((*args, *kwargs.values())))
            if any(t._on_meta for t in inputs):
                return run(fn, (self, *args), kwargs)
            if any(p is not None and p._on_meta for p in self._parameters.values()) and any(
                    t._data.ndim for t in inputs):
                # meta weights and a CPU input: PyTorch's check in the op (its result has no values)
                raise RuntimeError("Tensor on device meta is not on the expected device cpu!")
        return fn(self, *args, **kwargs)
    return call


def _wrapped(entry: Callable[[Callable[..., Any], str], Callable[..., Any]], name: str, value: Any,
             is_class: bool) -> Any:
    if name in _UNTOUCHED or name.startswith("_") and (not is_class or not name.startswith("__")):
        return None  # a module's private names and __getattr__, a class's private names
    if isinstance(value, property):
        if value.fget is None:
            return None
        return property(entry(value.fget, name), value.fset, value.fdel, value.__doc__)
    if isinstance(value, types.FunctionType):
        return entry(value, name)
    if isinstance(value, Builtin):  # torch.add, shown as PyTorch's C function
        return value.around(entry(value.func, name))
    inner = getattr(value, "fn", None)  # the methods that look like PyTorch's C ones (methods.py)
    if isinstance(inner, types.FunctionType) and hasattr(value, "on_class"):
        copy = object.__new__(type(value))
        copy.fn = entry(inner, name)
        copy.on_class = value.on_class
        return copy
    return None


Saved = list[tuple[Any, str, Any, Any]]


Entry = Callable[[Callable[..., Any], str], Callable[..., Any]]
ModuleCall = Callable[[Callable[..., Any]], Callable[..., Any]]
_routes: list[tuple[Entry, Saved, ModuleCall | None]] = []  # the routings in place


def reroute(entry: Entry, saved: Saved, module_call: ModuleCall | None = None) -> None:
    """Route every registered entry through ``entry(fn, name)`` (and ``Module.__call__`` through
    ``module_call``), noting in ``saved`` what was replaced, until ``restore(saved)``. The meta
    device does it, and so do the unsigned types PyTorch gives only some kernels (``unsigned.py``)."""
    _routes.append((entry, saved, module_call))
    for owner, is_class in _registered:
        _reroute_owner(owner, is_class, entry, saved, module_call)


def _reroute_owner(owner: Any, is_class: bool, entry: Entry, saved: Saved, module_call: ModuleCall | None) -> None:
    items = list(vars(owner).items()) if is_class else list(owner.items())
    for name, value in items:
        if is_class and owner is not Tensor:
            new = module_call(value) if name == "__call__" and module_call is not None else None
        else:
            new = _wrapped(entry, name, value, is_class)
        if new is None:
            continue
        saved.append((owner, name, value, new))
        if is_class:
            setattr(owner, name, new)
        else:
            owner[name] = new


def call_inside(depth: list[int], fn: Any, args: tuple, kwargs: dict) -> Any:
    """``fn(*args, **kwargs)`` with ``depth`` raised meanwhile, so that the routed entries it calls
    in turn (an op built of other public ops) pass straight through."""
    depth[0] += 1
    try:
        return fn(*args, **kwargs)
    finally:
        depth[0] -= 1


class Routing:
    """A routing switched on by the first use of what it checks (``activate``) and off for a fresh
    process's state (``deactivate``, from ``torch._reset_warn_once``): float8's, quantized tensors'."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.saved: Saved = []
        self.active = False

    def activate(self) -> None:
        if not self.active:
            self.active = True
            reroute(self.entry, self.saved)

    def deactivate(self) -> None:
        restore(self.saved)
        self.active = False


def newest_first(*saved: Saved) -> list[Saved]:
    """Routings' saved lists, the newest routing first: each must be put back before the one it
    wrapped (``restore`` leaves an entry replaced since, so the older one would stay inside)."""
    placed = [route[1] for route in _routes]
    return sorted(saved, key=lambda s: -next((k for k, r in enumerate(placed) if r is s), -1))


def restore(saved: Saved) -> None:
    """Put back every entry ``reroute`` replaced, except one replaced since: why: putting the
    original back would undo that replacement (a watcher wrapped around this routing, a learner's
    own method); the routing it keeps inside passes every call it does not concern straight on."""
    _routes[:] = [route for route in _routes if route[1] is not saved]
    while saved:
        owner, name, value, wrapper = saved.pop()
        if isinstance(owner, type):
            if owner.__dict__.get(name) is wrapper:
                setattr(owner, name, value)
        elif owner.get(name) is wrapper:
            owner[name] = value


def activate() -> None:
    """Route every registered entry through ``_entry`` (the first meta tensor is being made)."""
    _active[0] = True
    reroute(_entry, _saved, _module_call)


def deactivate() -> None:
    """Put every entry back as it was (a fresh process's state: see ``torch._reset_warn_once``)."""
    restore(_saved)
    _active[0] = False


_tensor.META_HOOKS["run"] = run
