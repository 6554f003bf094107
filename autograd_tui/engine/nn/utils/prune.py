"""``torch.nn.utils.prune``: masks on a module's parameters, kept up to date by a forward pre-hook.

What a learner sees after pruning ``weight``: the parameter is renamed ``weight_orig``, a buffer
``weight_mask`` appears, and ``weight`` becomes a plain attribute equal to ``weight_mask *
weight_orig`` (so its ``grad_fn`` is MulBackward0). The pruning method object is the module's
forward pre-hook and recomputes that product before every call.

Pruning a tensor that is already pruned stacks the methods in a ``PruningContainer``: the newest
method only sees the entries (or, for a structured method, the channels) the mask still keeps, and
its amount counts those. ``remove`` turns the masked values back into an ordinary parameter.

The entries to drop are chosen with ``topk``/``kthvalue`` over the same scores PyTorch uses (fresh
``rand`` draws, ``|w|``, or each channel's norm), so a seeded script prunes the same entries and
makes the same random draws.
"""
from __future__ import annotations as _annotations

import numbers
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import Any as _Any, Optional as _Optional

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.nn.utils.convert_parameters import parameters_to_vector as _parameters_to_vector

# The public entries (PyTorch's prune calls ``torch.topk(..., k=...)``): a bad count is refused in the
# parser's words for a keyword argument, with no position.
_topk = _F.parsed(_F.topk, "topk")
_kthvalue = _F.parsed(_F.kthvalue, "kthvalue")


# ---------------------------------------------------------------------------------------------
# How much to prune
# ---------------------------------------------------------------------------------------------
def _checked_amount(amount: _Any) -> _Any:
    """An amount is a count (a non-negative int) or a fraction in [0, 1]; checked when the method is made."""
    if not isinstance(amount, numbers.Real):
        raise TypeError(f"Invalid type for amount: {amount}. Must be int or float.")
    if isinstance(amount, numbers.Integral):
        in_range = amount >= 0  # type: ignore[operator]
    else:
        in_range = 0.0 <= float(amount) <= 1.0
    if not in_range:
        raise ValueError(f"amount={amount} should either be a float in the range [0, 1] or a non-negative integer")
    return amount


def _count_out_of(amount: _Any, available: int) -> _Any:
    """How many of ``available`` entries or channels go. A fraction is rounded with Python's round
    (half to even); a count larger than what there is fails only now, once the tensor is known."""
    if not isinstance(amount, numbers.Integral):
        return round(amount * available)
    if amount > available:  # type: ignore[operator]
        raise ValueError(f"amount={amount} should be smaller than the number of parameters to prune={available}")
    return amount  # left as given: a bool reaches topk/kthvalue, which refuse it as PyTorch's do


# ---------------------------------------------------------------------------------------------
# Where the pruned tensor lives on its module
# ---------------------------------------------------------------------------------------------
def _hooks_pruning(module: _Any, name: str) -> list:
    """The keys of the module's forward pre-hooks that prune ``name`` (normally none or one)."""
    return [key for key, hook in module._forward_pre_hooks.items()
            if isinstance(hook, BasePruningMethod) and hook._tensor_name == name]


def _stack_on_earlier(method: "BasePruningMethod", earlier: _Any) -> "BasePruningMethod":
    """The method to install for ``name``: ``method`` itself on a fresh tensor, else a container with
    whatever pruned it before followed by ``method``."""
    if earlier is None:
        return method
    container = earlier if isinstance(earlier, PruningContainer) else PruningContainer(earlier)
    container.add_pruning_method(method)
    return container


def _unpark(module: _Any, name: str, values: _Tensor) -> None:
    """Undoes the renaming to ``<name>_orig``: ``values`` becomes the parameter ``name`` again
    (registered last, so it moves to the end of ``named_parameters``)."""
    del module._parameters[name + "_orig"]
    module.register_parameter(name, values)


# ---------------------------------------------------------------------------------------------
# Pruning methods
# ---------------------------------------------------------------------------------------------
class BasePruningMethod(ABC):
    """A rule that turns a tensor into a mask. Once applied to a module it is also that module's
    forward pre-hook, and remembers the name of the tensor it prunes in ``_tensor_name``. Abstract,
    as PyTorch's: a subclass without ``compute_mask`` cannot be made."""

    _tensor_name: _Optional[str]  # set by apply (no class default: PyTorch has none either)

    def __call__(self, module: _Any, inputs: _Any) -> None:
        setattr(module, self._tensor_name, self.apply_mask(module))  # type: ignore[arg-type]

    @abstractmethod
    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        """The new mask for ``t``, given the mask so far (``default_mask``)."""

    def apply_mask(self, module: _Any) -> _Tensor:
        """The pruned tensor, recomputed from the module's mask and original values."""
        name = self._tensor_name
        if name is None:
            raise AssertionError(f"Module {module} has to be pruned")
        original = getattr(module, name + "_orig")
        return getattr(module, name + "_mask").to(dtype=original.dtype) * original

    @classmethod
    def apply(cls, module: _Any, name: str, *args: _Any, importance_scores: _Any = None,
              **kwargs: _Any) -> "BasePruningMethod":
        """Prunes ``module.<name>`` with ``cls(*args, **kwargs)`` and returns the installed hook."""
        keys = _hooks_pruning(module, name)
        if len(keys) > 1:
            raise AssertionError(f"Avoid adding multiple pruning hooks to the same tensor {name} of module "
                                 f"{module}. Use a PruningContainer.")
        # The earlier hook leaves the module before the new method is built (PyTorch's order: a bad
        # amount on a second pruning leaves the tensor without a hook there too).
        earlier = module._forward_pre_hooks.pop(keys[0]) if keys else None
        new = cls(*args, **kwargs)
        new._tensor_name = name
        method = _stack_on_earlier(new, earlier)

        current = getattr(module, name)  # the masked values when pruned before
        if importance_scores is None:
            importance_scores = current
        elif importance_scores.shape != current.shape:
            raise AssertionError(f"importance_scores should have the same shape as parameter {name} of "
                                 f"{module}, got {importance_scores.shape} vs {current.shape}")
        first_time = earlier is None
        if first_time:
            module.register_parameter(name + "_orig", current)
            del module._parameters[name]
            start = _F.ones_like(current)
        else:
            start = getattr(module, name + "_mask").detach().clone()
        try:
            module.register_buffer(name + "_mask", method.compute_mask(importance_scores, default_mask=start))
            setattr(module, name, method.apply_mask(module))
            module.register_forward_pre_hook(method)
        except Exception:
            if first_time:  # a failed first pruning leaves the module as it found it
                _unpark(module, name, getattr(module, name + "_orig"))
            raise
        return method

    def prune(self, t: _Tensor, default_mask: _Any = None, importance_scores: _Any = None) -> _Tensor:
        """``t`` times the mask this method computes for it, without touching any module."""
        if importance_scores is None:
            importance_scores = t
        elif importance_scores.shape != t.shape:
            raise AssertionError(f"importance_scores should have the same shape as tensor t, got "
                                 f"{importance_scores.shape} vs {t.shape}")
        if default_mask is None:
            default_mask = _F.ones_like(t)
        return t * self.compute_mask(importance_scores, default_mask=default_mask)

    def remove(self, module: _Any) -> None:
        """Makes the pruning permanent: the masked values become the parameter, mask and original go."""
        name = self._tensor_name
        if name is None:
            raise AssertionError(f"Module {module} has to be pruned before pruning can be removed")
        pruned = self.apply_mask(module)
        if hasattr(module, name):
            delattr(module, name)
        parameter = module._parameters[name + "_orig"]
        parameter.data = pruned.data  # the same Parameter object, so optimizers holding it keep working
        del module._buffers[name + "_mask"]
        _unpark(module, name, parameter)


def _region_still_kept(method: _Any, mask: _Tensor, ndim: int) -> _Any:
    """The index of the part of a tensor the next ``method`` may prune, given the mask so far:
    the entries still at 1, the channels with an entry still at 1, or everything."""
    kind = method.PRUNING_TYPE
    if kind == "unstructured":
        return mask == 1
    if kind == "structured":
        if not hasattr(method, "dim"):
            raise AttributeError('Pruning methods of PRUNING_TYPE "structured" need to have the attribute '
                                 "`dim` defined.")
        dim = method.dim + ndim if method.dim < 0 else method.dim
        if dim < 0:
            raise IndexError(f"Index is out of bounds for tensor with dimensions {ndim}")
        alive = mask.sum(dim=[d for d in range(ndim) if d != dim]) != 0
        return _along(ndim, dim, alive)
    if kind == "global":
        return (slice(None),) * ndim
    raise ValueError(f"Unrecognized PRUNING_TYPE {kind}")


def _along(ndim: int, dim: int, index: _Any) -> tuple:
    """An index tuple that applies ``index`` on ``dim`` and takes everything on the other dims."""
    full: list[_Any] = [slice(None)] * ndim
    full[dim] = index
    return tuple(full)


class PruningContainer(BasePruningMethod):
    """The methods that pruned one tensor, oldest first; only the newest computes a new mask."""

    def __init__(self, *args: _Any) -> None:
        self._pruning_methods: tuple = ()
        if len(args) == 1:  # one method: the container prunes that method's tensor
            self._tensor_name = args[0]._tensor_name
        for method in args:
            self.add_pruning_method(method)

    def add_pruning_method(self, method: _Any) -> None:
        if method is not None:
            if not isinstance(method, BasePruningMethod):
                raise TypeError(f"{type(method)} is not a BasePruningMethod subclass")
            if self._tensor_name != method._tensor_name:
                raise ValueError("Can only add pruning methods acting on the parameter named "
                                 f"'{self._tensor_name}' to PruningContainer {self}. Found '{method._tensor_name}'")
        self._pruning_methods += (method,)

    def __len__(self) -> int:
        return len(self._pruning_methods)

    def __iter__(self):
        return iter(self._pruning_methods)

    def __getitem__(self, idx: int) -> _Any:
        return self._pruning_methods[idx]

    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        newest = self._pruning_methods[-1]
        mask = default_mask.to(dtype=t.dtype)  # may be default_mask itself: it is read before written
        region = _region_still_kept(newest, default_mask, t.dim())
        within = newest.compute_mask(t[region], default_mask=default_mask[region])
        mask[region] = within.to(dtype=mask.dtype)
        return mask


class Identity(BasePruningMethod):
    """Prunes nothing: the mask stays all ones (useful to get the ``_orig``/``_mask`` layout)."""

    PRUNING_TYPE = "unstructured"

    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        return default_mask

    @classmethod
    def apply(cls, module: _Any, name: str) -> BasePruningMethod:  # type: ignore[override]
        return super().apply(module, name)


class _EntriesByScore(BasePruningMethod):
    """Zeroes the ``amount`` entries whose score is highest (random scores) or lowest (magnitudes)."""

    PRUNING_TYPE = "unstructured"
    _drop_highest = True

    def __init__(self, amount: _Any) -> None:
        self.amount = _checked_amount(amount)

    def _scores(self, t: _Tensor) -> _Tensor:
        raise NotImplementedError

    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        count = _count_out_of(self.amount, t.nelement())
        mask = default_mask.clone()
        if count != 0:  # scores (and their random draws) only when something goes
            dropped = _topk(self._scores(t).view(-1), k=count, largest=self._drop_highest).indices
            mask.view(-1)[dropped] = 0
        return mask


class RandomUnstructured(_EntriesByScore):
    def _scores(self, t: _Tensor) -> _Tensor:
        return _F.rand_like(t)

    @classmethod
    def apply(cls, module: _Any, name: str, amount: _Any) -> BasePruningMethod:  # type: ignore[override]
        return super().apply(module, name, amount=amount)


class L1Unstructured(_EntriesByScore):
    _drop_highest = False

    def _scores(self, t: _Tensor) -> _Tensor:
        return _F.abs(t)

    @classmethod
    def apply(cls, module: _Any, name: str, amount: _Any,  # type: ignore[override]
              importance_scores: _Any = None) -> BasePruningMethod:
        return super().apply(module, name, amount=amount, importance_scores=importance_scores)


class _WholeChannels(BasePruningMethod):
    """Zeroes whole slices along ``dim`` (output channels for dim 0); the subclass picks the survivors."""

    PRUNING_TYPE = "structured"
    dim: int

    def _survivors(self, t: _Tensor, channels: int, count: _Any) -> _Any:
        raise NotImplementedError

    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        if t.dim() <= 1:
            raise ValueError("Structured pruning can only be applied to multidimensional tensors. Found tensor "
                             f"of shape {t.shape} with {t.dim()} dims")
        if self.dim >= t.dim():
            raise IndexError(f"Invalid index {self.dim} for tensor of size {t.shape}")
        channels = t.shape[self.dim]
        count = _count_out_of(self.amount, channels)  # type: ignore[attr-defined]
        survivors = self._survivors(t, channels, count)
        if count == 0:
            return default_mask
        mask = _F.zeros_like(t)
        mask[_along(t.dim(), self.dim, survivors)] = 1
        mask *= default_mask.to(dtype=mask.dtype)
        return mask


class RandomStructured(_WholeChannels):
    def __init__(self, amount: _Any, dim: int = -1) -> None:
        self.amount = _checked_amount(amount)
        self.dim = dim

    def _survivors(self, t: _Tensor, channels: int, count: _Any) -> _Any:
        if count == 0:
            return None  # nothing to draw for
        draws = _F.rand(channels)
        return draws > _kthvalue(draws, k=count).values  # the ``count`` lowest draws go

    @classmethod
    def apply(cls, module: _Any, name: str, amount: _Any,  # type: ignore[override]
              dim: int = -1) -> BasePruningMethod:
        return super().apply(module, name, amount=amount, dim=dim)


class LnStructured(_WholeChannels):
    def __init__(self, amount: _Any, n: _Any, dim: int = -1) -> None:
        self.amount = _checked_amount(amount)
        self.n = n
        self.dim = dim

    def _survivors(self, t: _Tensor, channels: int, count: _Any) -> _Any:
        # Norms are taken even when nothing goes: a bad ``n`` fails either way.
        dim = range(t.dim())[self.dim]
        norms = _F.norm(t, p=self.n, dim=[d for d in range(t.dim()) if d != dim])
        return _topk(norms, k=channels - count, largest=True).indices

    @classmethod
    def apply(cls, module: _Any, name: str, amount: _Any, n: _Any, dim: int,  # type: ignore[override]
              importance_scores: _Any = None) -> BasePruningMethod:
        return super().apply(module, name, amount=amount, n=n, dim=dim, importance_scores=importance_scores)


class CustomFromMask(BasePruningMethod):
    """A mask the learner gives, combined with what was pruned already."""

    PRUNING_TYPE = "global"

    def __init__(self, mask: _Tensor) -> None:
        self.mask = mask

    def compute_mask(self, t: _Tensor, default_mask: _Tensor) -> _Tensor:
        if default_mask.shape != self.mask.shape:
            raise AssertionError(f"default_mask shape {default_mask.shape} must match self.mask shape "
                                 f"{self.mask.shape}")
        return default_mask * self.mask.to(dtype=default_mask.dtype)

    @classmethod
    def apply(cls, module: _Any, name: str, mask: _Tensor) -> BasePruningMethod:  # type: ignore[override]
        return super().apply(module, name, mask=mask)


# ---------------------------------------------------------------------------------------------
# The functions learners call: each prunes in place and returns the module
# ---------------------------------------------------------------------------------------------
def identity(module: _Any, name: str) -> _Any:
    Identity.apply(module, name)
    return module


def random_unstructured(module: _Any, name: str, amount: _Any) -> _Any:
    RandomUnstructured.apply(module, name, amount)
    return module


def l1_unstructured(module: _Any, name: str, amount: _Any, importance_scores: _Any = None) -> _Any:
    L1Unstructured.apply(module, name, amount=amount, importance_scores=importance_scores)
    return module


def random_structured(module: _Any, name: str, amount: _Any, dim: int) -> _Any:
    RandomStructured.apply(module, name, amount, dim)
    return module


def ln_structured(module: _Any, name: str, amount: _Any, n: _Any, dim: int, importance_scores: _Any = None) -> _Any:
    LnStructured.apply(module, name, amount, n, dim, importance_scores=importance_scores)
    return module


def custom_from_mask(module: _Any, name: str, mask: _Tensor) -> _Any:
    CustomFromMask.apply(module, name, mask)
    return module


def global_unstructured(parameters: _Any, pruning_method: _Any, importance_scores: _Any = None, **kwargs: _Any) -> None:
    """Ranks the entries of all the named tensors together, as if they were one flat tensor, then
    gives each tensor its slice of the resulting mask as a ``CustomFromMask``."""
    if not isinstance(parameters, Iterable):
        raise TypeError("global_unstructured(): parameters is not an Iterable")
    scores_given = {} if importance_scores is None else importance_scores
    if not isinstance(scores_given, dict):
        raise TypeError("global_unstructured(): importance_scores must be of type dict")
    # ``parameters`` is walked three times, as PyTorch walks it: a generator is empty from the second walk.
    scores = _parameters_to_vector([scores_given.get((m, n), getattr(m, n)) for m, n in parameters])
    masks_so_far = _parameters_to_vector([getattr(m, n + "_mask", _F.ones_like(getattr(m, n))) for m, n in parameters])
    method = pruning_method(**kwargs)
    if method.PRUNING_TYPE != "unstructured":
        raise TypeError('Only "unstructured" PRUNING_TYPE supported for the `pruning_method`. Found method '
                        f"{pruning_method} of type {method.PRUNING_TYPE}")
    # Only the entries still kept compete, exactly as when a container prunes a tensor again.
    method._tensor_name = "temp"
    combined = PruningContainer()
    combined._tensor_name = "temp"
    combined.add_pruning_method(method)
    whole_mask = combined.compute_mask(scores, masks_so_far)
    offset = 0
    for module, name in parameters:
        size = getattr(module, name).numel()
        custom_from_mask(module, name, mask=whole_mask[offset:offset + size].view_as(getattr(module, name)))
        offset += size


def remove(module: _Any, name: str) -> _Any:
    keys = _hooks_pruning(module, name)
    if not keys:
        raise ValueError(f"Parameter '{name}' of module {module} has to be pruned before pruning can be removed")
    module._forward_pre_hooks[keys[0]].remove(module)
    del module._forward_pre_hooks[keys[0]]
    return module


def is_pruned(module: _Any) -> bool:
    return any(isinstance(hook, BasePruningMethod)
               for _, sub in module.named_modules() for hook in sub._forward_pre_hooks.values())


# PyTorch's module for what this one defines (reprs of the hooks, inspect), even before a learner's
# ``import torch.nn.utils.prune`` shows the module under that name
for _defined in (BasePruningMethod, PruningContainer, Identity, RandomUnstructured, L1Unstructured, RandomStructured,
                 LnStructured, CustomFromMask, identity, random_unstructured, l1_unstructured, random_structured,
                 ln_structured, global_unstructured, custom_from_mask, remove, is_pruned):
    _defined.__module__ = "torch.nn.utils.prune"
