"""Conjugate views. PyTorch's conj() of a complex tensor is a view with a conjugate bit; numpy
has no conjugating view, so here it is a tensor of its own holding the conjugated values, kept
in step with its source: after each write into either (every in-place op bumps a version),
the other is rewritten. ``LINKS`` counts the links made, so that writes skip this until
the first conj() view exists.
"""
from __future__ import annotations

import weakref
from typing import Any

import numpy as np

LINKS = [0]


def link_conj(view: Any, source: Any) -> None:
    """Make ``view`` (holding conj(source)) follow ``source`` and write through to it."""
    root = source._view_of if source._view_of is not None else source
    root.__dict__.setdefault("_conj_views", []).append((weakref.ref(view), source))
    view.__dict__["_conj_source"] = source
    LINKS[0] += 1


def sync(t: Any, seen: set) -> None:
    """After a write into ``t`` (or a view of it): rewrite every conj view and source linked to it."""
    root = t._view_of if t._view_of is not None else t
    if id(root) in seen:
        return
    seen.add(id(root))
    source = root.__dict__.get("_conj_source")
    if source is not None:  # a write into a conj view: into its source's memory, conjugated
        np.conjugate(root._data.view(np.ndarray), out=source._data.view(np.ndarray))
        sync(source, seen)
    views = root.__dict__.get("_conj_views")
    if views:
        alive = [(ref, src) for ref, src in views if ref() is not None]
        root.__dict__["_conj_views"] = alive
        for ref, src in alive:
            view = ref()
            if view is not None and id(view) not in seen:
                np.conjugate(src._data.view(np.ndarray), out=view._data.view(np.ndarray))
                sync(view, seen)
