"""Which tensors are batched inside the engine's ``vmap``, and PyTorch's refusals of them.

The engine's vmap calls the function once per sample (func.py), so inside it every tensor is a
plain one. PyTorch's function sees BatchedTensors instead, and refuses to turn one into a Python
value (``.item()``, ``if x > 0:``, ``.tolist()``), while a tensor captured from outside stays an
ordinary tensor there. To tell them apart, each vmap call has a ``VmapLevel``: its samples carry
it (``Tensor._vmap``), and ``record`` hands it on from an op's inputs to its result, as a
BatchedTensor's result is batched. The level goes inactive when the call returns, so results
handed back are plain again.
"""
from __future__ import annotations

import contextlib
from typing import Any, Iterator

from autograd_tui.engine.grad_mode import _State

ITEM = ("vmap: It looks like you're calling .item() on a Tensor. We don't support vmap over calling .item() on a "
        "Tensor, please try to rewrite what you're doing with other operations. If error is occurring somewhere "
        "inside PyTorch internals, please file a bug report.")
CONTROL_FLOW = ("vmap: It looks like you're attempting to use a Tensor in some data-dependent control flow. We "
                "don't support that yet, please file an issue at https://github.com/pytorch/pytorch/issues .")
# What the batched fallback says when the scalar read reaches it through a grad transform's wrapper
FALLBACK = ("vmap: It looks like you're either (1) calling .item() on a Tensor or (2) attempting to use a Tensor in "
            "some data-dependent control flow or (3) encountering this error in PyTorch internals. For (1): we "
            "don't support vmap over calling .item() on a Tensor, please try to rewrite what you're doing with "
            "other operations. For (2): we don't support data-dependent control flow in vmap yet, please file an "
            "issue at https://github.com/pytorch/pytorch/issues . For (3): please file an issue.")
NO_STORAGE = "Cannot access data pointer of Tensor that doesn't have storage"


class VmapLevel:
    """One running vmap call: where it stands among the transforms, and its batch size. A grad or
    jvp transform's level (``kind`` "grad") only marks the tensors its wrappers stand for, which
    have no storage of their own either (``.numpy()``)."""

    __slots__ = ("position", "size", "active", "kind")

    def __init__(self, position: int, size: int, kind: str = "vmap") -> None:
        self.position, self.size, self.active, self.kind = position, size, True, kind


RUNNING: list[VmapLevel] = []  # the levels of the transforms running now, outermost first


def _levels(t: Any) -> tuple:
    return getattr(t, "_vmap", None) or ()


def level_of(t: Any) -> VmapLevel | None:
    """The innermost running vmap ``t`` is batched over, or None."""
    found = None
    for level in _levels(t):
        if level.active and level.kind == "vmap" and (found is None or level.position > found.position):
            found = level
    return found


def batched_over(t: Any, level: VmapLevel) -> bool:
    """Whether ``t`` is batched over ``level``, running or not (a result being handed back)."""
    return level in _levels(t)


def mark(t: Any, level: VmapLevel) -> Any:
    """Batch ``t`` over ``level`` too (a tensor batched over two nested vmaps keeps both)."""
    t._vmap = tuple(lv for lv in _levels(t) if lv.active and lv is not level) + (level,)
    return t


def batch_like(source: Any, out: Any) -> Any:
    """A ``*_like`` or ``new_*`` factory of a batched tensor is batched over the same levels (it
    has one sample per sample), as functorch's rules for these factories make it."""
    if _State.vmap_randomness is not None:
        levels = tuple(level for level in _levels(source) if level.active)
        if levels:
            out._vmap = levels
    return out


SAME_RANDOMNESS_BATCHED = ("Vmap does not currently support same randomness with a batched tensor input. "
                           "Please file an issue with functorch")
DIFFERENT_INPLACE_UNBATCHED = ("vmap: Cannot ask for different inplace randomness on an unbatched tensor. This "
                               "will appear like same randomness. If this is necessary for your usage, please file "
                               "an issue with functorch.")


def refuse_random_of_batched(*inputs: Any) -> None:
    """randomness='same' with a batched tensor that a random op reads (bernoulli's, poisson's or
    multinomial's probabilities): PyTorch has no batching rule for it."""
    if _State.vmap_randomness == "same" and any(level_of(t) is not None for t in inputs):
        raise RuntimeError(SAME_RANDOMNESS_BATCHED)


def refuse_inplace_random(target: Any, *inputs: Any) -> None:
    """An in-place sampler inside vmap: 'different' needs a batched tensor to hold the batch's
    draws; 'same' refuses batched probabilities as the functional ops do."""
    # (under jacfwd, which runs no vmap level here, every tensor holds the batch of tangents)
    if _State.vmap_randomness == "different" and level_of(target) is None \
            and any(level.kind == "vmap" for level in RUNNING):
        raise RuntimeError(DIFFERENT_INPLACE_UNBATCHED)
    refuse_random_of_batched(*inputs)


def hand_on(inputs: Any, out: Any) -> None:
    """``record``'s hook inside vmap: the result of an op on a batched input is batched over
    every running level its inputs are."""
    found: tuple = ()
    for v in inputs:
        for level in (lv for item in v for lv in _levels(item)) if isinstance(v, (list, tuple)) else _levels(v):
            if level.active and level not in found:
                found += (level,)
    if not found:
        return
    for t in (out.values() if isinstance(out, dict) else out if isinstance(out, (tuple, list)) else (out,)):
        if hasattr(t, "_data"):
            t._vmap = found + tuple(lv for lv in _levels(t) if lv.active and lv not in found)


def _through_other_transform(level: VmapLevel) -> bool:
    # a grad (or jvp) transform inside this vmap wraps the batched tensor, so PyTorch's check of
    # the Python call misses it and the batched fallback of the op underneath refuses instead
    return any(kind != "vmap" for kind in _State.transforms[level.position + 1:])


def refuse_scalar(t: Any, message: str = ITEM) -> None:
    """PyTorch's refusal to read one value of a batched tensor (``.item()``, ``float()``, ``bool()``)."""
    if _State.vmap_randomness is None:
        return
    level = level_of(t)
    if level is not None:
        raise RuntimeError(FALLBACK if _through_other_transform(level) else message)


def refuse_storage(t: Any, any_transform: bool = False) -> None:
    """A batched tensor has no storage of its own: ``.tolist()``, ``.numpy()`` and the like fail;
    ``any_transform``: nor has a grad or jvp transform's wrapper (``.numpy()``; ``.tolist()`` reads
    the values through the wrapper)."""
    if not RUNNING:
        return
    if level_of(t) is not None or any_transform and any(level.active for level in _levels(t)):
        raise RuntimeError(NO_STORAGE)


def refuse_storage_object(t: Any) -> None:
    """``.untyped_storage()``/``.storage()`` of a batched tensor, or of a grad transform's wrapper: PyTorch's
    C types have no storage to give."""
    if not RUNNING:
        return
    if level_of(t) is not None:
        raise NotImplementedError("Cannot access storage of BatchedTensorImpl")
    if any(level.active for level in _levels(t)):
        raise NotImplementedError("Cannot access storage of TensorWrapper")


def refuse_repr(t: Any) -> None:
    """PyTorch prints a batched tensor once, whole: ``BatchedTensor(lvl=1, bdim=0, value=...)``. The
    engine's one call per sample sees one sample at a time, so it says so instead of printing it."""
    if _State.vmap_randomness is not None and level_of(t) is not None:
        raise NotImplementedError("printing a batched tensor inside vmap (PyTorch prints BatchedTensor(lvl=1, "
                                  "bdim=0, value=...) with the whole batch) is not available in the embedded "
                                  "engine; `--backend torch` runs it.")


# In-place ops on a tensor that is not batched, given a batched operand. PyTorch words it by the
# path the op takes: TensorIterator's own shape check (add_), the in-place arithmetic batching
# rules, ops named by their rule (fill_), and the slow fallback, which warns first and names
# the op with its overload.
_SHAPE_CHECKED = {"add", "atan2", "arctan2"}
_NAMED_RULES = {"fill_", "index_put_"}
_FALLBACK_OVERLOADS = {"pow": ".Tensor", "fmod": ".Tensor", "remainder": ".Tensor", "float_power": ".Tensor",
                       "clamp": ".Tensor", "clip": ".Tensor", "addcmul": "", "addcdiv": "", "masked_scatter": "",
                       "lerp": None}


def refuse_inplace(self: Any, operand: Any, name: str | None) -> None:
    """Refuse ``self.<name>_(...)`` whose result (or value) ``operand`` is batched where ``self`` is not;
    ``name`` may end in the overload the fallback names (``lerp.Scalar``)."""
    if _State.vmap_randomness is None:
        return
    name, _, given_overload = (name or "").partition(".")
    level = level_of(operand)
    if level is None or batched_over(self, level):
        return
    if name in _SHAPE_CHECKED:
        raise RuntimeError(f"output with shape [{', '.join(map(str, self.shape))}] doesn't match the broadcast "
                           f"shape [{', '.join(map(str, (level.size, *operand.shape)))}]")
    rule, where = "inplace arithmetic", "in a vmap"
    if name in _NAMED_RULES:
        rule = name
    elif name in _FALLBACK_OVERLOADS:
        rule, where = f"aten::{name}_", f"at level {level.position + 1}"
        overload = "." + given_overload if given_overload else _FALLBACK_OVERLOADS[name]
        if overload is not None:
            _fallback_warning(rule + overload)
    raise RuntimeError(f"vmap: {rule}(self, *extra_args) is not possible because there exists a Tensor `other` in "
                       "extra_args that has more elements than `self`. This happened due to `other` being vmapped "
                       f"over but `self` not being vmapped over {where}. Please try to use out-of-place operators "
                       f"instead of {rule}. If said operator is being called inside the PyTorch framework, please "
                       "file a bug report instead.")


def index_value(key: Any) -> int:
    """A 0-dim tensor index as an int. A batched one indexes each sample (PyTorch's batched
    indexing), unless a grad transform inside its vmap wraps the indexed tensor: PyTorch then
    reads the index as a number, which the batched fallback refuses."""
    if _State.vmap_randomness is not None:
        level = level_of(key)
        if level is not None and _through_other_transform(level):
            raise RuntimeError(FALLBACK)
    return int(key._data.item())


def refuse_dynamic_shape(t: Any, op: str) -> None:
    """An op whose result's shape depends on the values (``nonzero``), on a batched tensor."""
    if _State.vmap_randomness is not None and level_of(t) is not None:
        raise RuntimeError(f"vmap: We do not support batching operators that can output dynamic shape. Attempted "
                           f"to vmap over aten::{op}. Please file an issue at https://github.com/pytorch/pytorch/"
                           "issues if you need this feature.")


def refuse_mask_index(mask: Any) -> None:
    """``x[mask]`` with a batched boolean mask: as many elements per sample as the mask holds."""
    if _State.vmap_randomness is not None and level_of(mask) is not None:
        raise RuntimeError("vmap: We do not support batching operators that can support dynamic shape. Attempting "
                           "to batch over indexing with a boolean mask.")


# out= overloads whose name is not ``<op>.out``
_OUT_OVERLOADS = {"sum": "sum.IntList_out", "mean": "mean.out", "add": "add.out"}


def refuse_out(name: str, values: Any) -> None:
    """An ``out=`` call inside vmap with a batched argument (or a batched ``out``): functorch has
    no batching rule for out= overloads, and its fallback refuses them."""
    for v in values:
        items = v if isinstance(v, (list, tuple)) else (v,)
        if any(level_of(item) is not None for item in items):
            raise RuntimeError(f"Batching rule not implemented for aten::{_OUT_OVERLOADS.get(name, name + '.out')}; "
                               "the fallback path doesn't work on out= or view ops.")


def refuse_masked_select(mask: Any) -> None:
    if _State.vmap_randomness is not None and level_of(mask) is not None:
        raise RuntimeError("vmap: Attempted to vmap over `mask` in torch.masked_select(self, mask) We cannot support "
                           "this because for each batch this would return a differently shaped Tensor. Please file "
                           "an issue at https://github.com/pytorch/pytorch/issues if you need this feature.")


def _fallback_warning(op: str) -> None:
    from autograd_tui.engine._tensor import warn_at_caller  # _tensor imports this module
    warn_at_caller(f"There is a performance drop because we have not yet implemented the batching rule for {op}. "
                   "Please file us an issue on GitHub so that we can prioritize its implementation. (Triggered "
                   "internally at /__w/pytorch/pytorch/aten/src/ATen/functorch/BatchedFallback.cpp:82.)")


_DETACH_VIEW = (
    "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, "
    "and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be "
    "called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in "
    "torch/optim/optimizer.py as the solution.")


def refuse_copy_construct(data: Any) -> None:
    """``torch.tensor(x)`` of a batched ``x`` inside vmap: the copy's in-place detach runs through
    functorch's fallback (which warns) on a view of the batch, which autograd refuses."""
    if _State.vmap_randomness is not None and level_of(data) is not None:
        _fallback_warning("aten::detach_")
        raise RuntimeError(_DETACH_VIEW)


def warn_fallback(t: Any, op: str) -> None:
    """functorch's slow path for an op without a batching rule: it warns, then runs each sample
    (once per call of the op: here while the first sample runs)."""
    if _State.vmap_randomness is not None and level_of(t) is not None \
            and getattr(_State.vmap_draws, "sample", 0) == 0:
        _fallback_warning(op)


# Whether a transformed function runs now (True), rather than the transforms' own machinery,
# which makes leaves of its own; PyTorch refuses the autograd API's own ways there.
USER_CODE = [False]
REQUIRES_GRAD_IN_TRANSFORM = (
    "You are attempting to call Tensor.requires_grad_() (or perhaps using torch.autograd.functional.* APIs) inside "
    "of a function being transformed by a functorch transform. This is unsupported, please attempt to use the "
    "functorch transforms (e.g. grad, vjp, jacrev, jacfwd, hessian) or call requires_grad_() outside of a function "
    "being transformed instead.")
BACKWARD_IN_TRANSFORM = (
    "backward() called inside a functorch transform. This is not supported, please use functorch.grad or "
    "functorch.vjp instead or call backward() outside of functorch transforms.")


def refuse_in_transform(message: str) -> None:
    if USER_CODE[0]:
        raise RuntimeError(message)


@contextlib.contextmanager
def user_code(running: bool) -> Iterator[None]:
    """Mark what runs inside as the transformed function (True) or the engine's own work (False)."""
    previous = USER_CODE[0]
    USER_CODE[0] = running
    try:
        yield
    finally:
        USER_CODE[0] = previous


def stored_data(t: Any) -> Any:
    """``t``'s array for ``data_ptr()``: a batched or wrapped tensor has no storage to point at."""
    refuse_storage(t, any_transform=True)
    return t._data


def data_of_unbatched(t: Any) -> Any:
    """``t``'s array for ``.data``, which vmap refuses on a batched tensor."""
    if _State.vmap_randomness is not None and level_of(t) is not None:
        raise RuntimeError("accessing `data` under vmap transform is not allowed")
    return t._data


def refuse_whole_comparison(op: str, *tensors: Any) -> None:
    """``torch.equal`` and ``torch.allclose`` give one Python bool: vmap has no rule for them."""
    if _State.vmap_randomness is None or all(level_of(t) is None for t in tensors):
        return
    if op == "equal":
        raise RuntimeError("Batching rule not implemented for aten::equal. We could not generate a fallback.")
    raise RuntimeError(f"vmap over torch.{op} isn't supported yet. Please file an issue at "
                       "https://github.com/pytorch/pytorch/issues if you need this feature.")
