"""``torch.hub``: where downloaded weights are cached. Offline, only the cache is ever read."""
from __future__ import annotations as _annotations

import os
import warnings
from typing import Any, Optional as _Optional

from autograd_tui.engine import serialization as _serialization
from autograd_tui.engine._tensor import _user_stacklevel

__all__ = ["get_dir", "set_dir", "load_state_dict_from_url"]

_hub_dir: _Optional[str] = None


def _get_torch_home() -> str:
    return os.path.expanduser(os.getenv("TORCH_HOME", os.path.join(os.getenv("XDG_CACHE_HOME", "~/.cache"),
                                                                  "torch")))


def get_dir() -> str:
    """``$TORCH_HOME/hub`` (``TORCH_HOME`` defaults to ``$XDG_CACHE_HOME/torch``, i.e. ``~/.cache/torch``)."""
    if os.getenv("TORCH_HUB"):
        warnings.warn("TORCH_HUB is deprecated, please use env TORCH_HOME instead", UserWarning,
                      stacklevel=_user_stacklevel())
    if _hub_dir is not None:
        return _hub_dir
    return os.path.join(_get_torch_home(), "hub")


def set_dir(d: Any) -> None:
    global _hub_dir
    _hub_dir = os.path.expanduser(os.fspath(d))


def _checkpoint_path(url: str, model_dir: _Optional[str] = None, file_name: _Optional[str] = None) -> str:
    """The file a download of ``url`` would be cached as."""
    directory = model_dir or os.path.join(get_dir(), "checkpoints")
    return os.path.join(directory, file_name or os.path.basename(url.split("?")[0]))


def load_state_dict_from_url(url: str, model_dir: _Optional[str] = None, map_location: Any = None,
                             progress: bool = True, check_hash: bool = False, file_name: _Optional[str] = None,
                             weights_only: bool = True) -> dict:
    """Load a cached checkpoint. Nothing is downloaded: a missing file raises FileNotFoundError."""
    path = _checkpoint_path(url, model_dir, file_name)
    if not os.path.exists(path):
        raise FileNotFoundError(f"{path} is not in the torch hub cache, and the embedded engine never downloads "
                                f"(it would come from {url})")
    return _serialization.load(path, map_location=map_location)
