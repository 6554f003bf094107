"""Dims and indices made non-negative that remember the negative value the caller wrote.

An op computes with the normalised dim; its node's ``_saved_dim`` (``_saved_index``...) shows the
dim as given, as PyTorch's does (record.py reads the tag), and a few messages name it as given.
Only a negative dim is tagged, so the common call pays nothing.
"""
from __future__ import annotations


class GivenDim(int):
    """A dim made non-negative that remembers the negative one it was given: a node's
    ``_saved_dim`` shows the dim as the op was called with it, as PyTorch's does."""

    given: int


class GivenDims(tuple):
    """Checked dims (sorted, non-negative) that remember the list they were given."""

    given: tuple


def given_dims(dims: tuple) -> tuple:
    """Checked dims (``_norm_dims``) back as the caller wrote them, in their order."""
    if dims.__class__ is GivenDims:
        return dims.given
    return tuple(getattr(d, "given", d) for d in dims)


def given_as(normal: int, given: int) -> int:
    """``normal`` (an index or dim made non-negative) remembering the ``given`` one when that was
    negative, for the node's ``_saved_*`` to show."""
    if given >= 0:
        return normal
    tagged = GivenDim(normal)
    tagged.given = given
    return tagged


def given_as_written(dim: int) -> int:
    """A dim as the caller wrote it (negative if it was): a backward formula that calls another op
    with its node's dim (unsqueeze's ``grad.squeeze(dim)``) hands that op the dim PyTorch's does,
    so the new node's ``_saved_dim`` reads as PyTorch's."""
    return dim.given if dim.__class__ is GivenDim else dim


def every_dim(ndim: int, given: object) -> GivenDims:
    """All of a tensor's dims, for a reduction called with ``dim=None`` or ``()``: the op computes
    with every dim, its node shows ``_saved_dim`` as the caller wrote it."""
    dims = GivenDims(range(ndim))
    dims.given = None if given is None else tuple(given)  # type: ignore[assignment,arg-type]  # None: shown as given
    return dims


class DefaultNumber(int):
    """A default the op computes with that the caller never wrote (``x.var()``'s correction, 1):
    PyTorch's node saved the optional argument as given, so ``_saved_correction`` shows None."""
