"""Weight enums (``ResNet18_Weights.DEFAULT``) and the legacy ``pretrained=`` interface of torchvision."""
from __future__ import annotations

import functools
import os
import warnings
from enum import Enum
from typing import Any, Callable

from autograd_tui.engine import hub, serialization
from autograd_tui.engine._tensor import AT_LIBRARY

__all__ = ["Weights", "WeightsEnum", "handle_legacy_interface"]


class Weights:
    """Where a set of pretrained weights lives, and what is known about it."""

    def __init__(self, url: str, meta: dict, transforms: Any = None) -> None:
        self.url = url
        self.meta = meta
        self.transforms = transforms

    def __repr__(self) -> str:
        return f"Weights(url={self.url!r}, transforms={self.transforms!r}, meta={self.meta!r})"


class WeightsEnum(Enum):
    @classmethod
    def verify(cls, obj: Any) -> Any:
        if obj is None or isinstance(obj, cls):
            return obj
        if isinstance(obj, str):
            return cls[obj.replace(cls.__name__ + ".", "")]
        raise TypeError(f"Invalid Weight class provided; expected {cls.__name__} but received "
                        f"{obj.__class__.__name__}.")

    @property
    def url(self) -> str:
        return self.value.url

    @property
    def meta(self) -> dict:
        return self.value.meta

    @property
    def transforms(self) -> Any:
        return self.value.transforms

    def checkpoint_path(self) -> str:
        return hub._checkpoint_path(self.url)

    def get_state_dict(self, *args: Any, **kwargs: Any) -> dict:
        """The weights from the torch hub cache (the engine never downloads)."""
        return hub.load_state_dict_from_url(self.url)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}.{self._name_}"

    def __eq__(self, other: object) -> bool:
        other = self.verify(other) if isinstance(other, str) else other
        return isinstance(other, WeightsEnum) and self.value is other.value

    def __hash__(self) -> int:
        return hash(self._name_)


def _sequence_to_str(seq: tuple, separate_last: str = "") -> str:
    if not seq:
        return ""
    if len(seq) == 1:
        return f"'{seq[0]}'"
    head = "'" + "', '".join(str(s) for s in seq[:-1]) + "'"
    tail = f"{'' if separate_last and len(seq) == 2 else ','} {separate_last}'{seq[-1]}'"
    return head + tail


def _warn(message: str) -> None:
    warnings.warn(message, UserWarning, stacklevel=AT_LIBRARY)


def handle_legacy_interface(weights_param: str, pretrained_param: str, default: Any,
                            positional: tuple) -> Callable:
    """Accept ``pretrained=True`` and positional arguments as torchvision 0.13+ does, warning the same way."""

    def wrap(builder: Callable) -> Callable:
        @functools.wraps(builder)
        def inner(*args: Any, **kwargs: Any) -> Any:
            if args:
                if len(args) > len(positional):
                    raise TypeError(f"{builder.__name__}() takes 0 positional arguments but {len(args)} were given")
                named = dict(zip(positional, args))
                _warn(f"Using {_sequence_to_str(tuple(named), separate_last='and ')} as positional parameter(s) "
                      "is deprecated since 0.13 and may be removed in the future. Please use keyword "
                      "parameter(s) instead.")
                kwargs.update(named)
            sentinel = object()
            weights_arg = kwargs.get(weights_param, sentinel)
            if ((weights_param not in kwargs and pretrained_param not in kwargs)
                    or isinstance(weights_arg, WeightsEnum)
                    or (isinstance(weights_arg, str) and weights_arg != "legacy")
                    or weights_arg is None):
                return builder(**kwargs)
            pretrained_positional = weights_arg is not sentinel
            if pretrained_positional:
                kwargs[pretrained_param] = pretrained_arg = kwargs.pop(weights_param)
            else:
                pretrained_arg = kwargs[pretrained_param]
            default_weights = default if pretrained_arg else None
            if not pretrained_positional:
                _warn(f"The parameter '{pretrained_param}' is deprecated since 0.13 and may be removed in the "
                      f"future, please use '{weights_param}' instead.")
            msg = (f"Arguments other than a weight enum or `None` for '{weights_param}' are deprecated since 0.13 "
                   f"and may be removed in the future. The current behavior is equivalent to passing "
                   f"`{weights_param}={default_weights}`.")
            if pretrained_arg:
                msg += (f" You can also use `{weights_param}={type(default_weights).__name__}.DEFAULT` to get "
                        "the most up-to-date weights.")
            _warn(msg)
            del kwargs[pretrained_param]
            kwargs[weights_param] = default_weights
            return builder(**kwargs)
        return inner
    return wrap


def load_pretrained(model: Any, weights: WeightsEnum, model_name: str) -> None:
    """Load ``weights`` from the torch hub cache if present; otherwise warn once and keep random weights."""
    path = weights.checkpoint_path()
    if not os.path.exists(path):
        _warn(f"Pretrained weights for {model_name} ({weights!r}) are not available offline: there is no "
              f"checkpoint file at {path}. The model keeps its random initial weights. To use the real "
              f"weights, copy {os.path.basename(path)} into that folder.")
        return
    try:
        state_dict = serialization.load(path)
        model.load_state_dict(state_dict)
    except Exception as exc:  # noqa: BLE001 - a bad cache file must not crash a lesson
        _warn(f"Pretrained weights for {model_name} ({weights!r}) could not be loaded from {path} "
              f"({type(exc).__name__}: {exc}). The model keeps its random initial weights.")
