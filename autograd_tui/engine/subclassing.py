"""A learner's subclass of ``torch.Tensor`` (or of ``nn.Parameter``) is refused, in the words of a
missing API.

PyTorch runs every op on a subclass through ``__torch_function__``, whose default hands results back
as the subclass (``MyTensor([1., 2.])``, ``type(t + 1)`` is ``MyTensor``), and shows a subclass by
its name (``Parameter(P([1., 1.], requires_grad=True))``); ``as_subclass`` makes one from a tensor.
The engine has none of it, and a subclass would silently print and compute as a plain tensor, so
defining one says that real PyTorch runs it. The engine's own subclasses are made as before.
"""
from __future__ import annotations

from typing import Any

from autograd_tui.engine._tensor import Tensor


def _refuse_learner_subclass(cls: type, **kwargs: Any) -> None:
    if not cls.__module__.startswith("autograd_tui."):
        raise NotImplementedError(f"subclassing torch.Tensor ({cls.__name__}) and __torch_function__ are not "
                                  "available in the embedded engine yet; `--backend torch` runs them")
    super(Tensor, cls).__init_subclass__(**kwargs)  # type: ignore[misc]


def install() -> None:
    Tensor.__init_subclass__ = classmethod(_refuse_learner_subclass)  # type: ignore[method-assign,assignment]
