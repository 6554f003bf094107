"""``torch.__version__``: a str that compares as a version number.

Learners write ``if torch.__version__ >= "2.0"`` or compare with a tuple ``(2, 1)``. As a plain
str "2.13.0+cpu" would sort below "2.9"; PyTorch's TorchVersion compares release numbers (PEP 440
ordering: 2.13 > 2.9, a local label "+cpu" after the bare release), and falls back to comparing
strings when either side is no version at all.
"""
from __future__ import annotations

import functools
import math
import re
from typing import Any, Callable, Iterable

__all__ = ["TorchVersion"]

_VERSION_PATTERN = (
    r"^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)"            # epoch, release
    r"(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?"  # pre-release
    r"(?:-(\d+)|[-_.]?(?:post|rev|r)[-_.]?(\d*))?"  # post-release
    r"(?:[-_.]?dev[-_.]?(\d*))?"                    # development release
    r"(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$")  # local label
_PRE = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "c": 2, "rc": 2, "pre": 2, "preview": 2}


class InvalidVersion(ValueError):
    """Not a version number: the comparison falls back to the strings'."""


@functools.lru_cache(maxsize=1)
def _version_regex() -> re.Pattern:
    """Compiled on the first comparison, not when ``import torch`` runs."""
    return re.compile(_VERSION_PATTERN, re.IGNORECASE)


def _key(text: str) -> tuple:
    """PEP 440's sort key for ``text``."""
    match = _version_regex().match(text)
    if match is None:
        raise InvalidVersion(f"Invalid version: '{text}'")
    epoch, release, pre, pre_n, post_dash, post_n, dev, local = match.groups()
    numbers = [int(part) for part in release.split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:  # 2.0 == 2.0.0
        numbers.pop()
    has_post = post_dash is not None or (post_n is not None)
    has_dev = dev is not None
    if pre is not None:
        pre_key: tuple = (_PRE[pre.lower()], int(pre_n or 0))
    else:  # a bare .dev sorts before the release's pre-releases, a release after them
        pre_key = (-math.inf,) if has_dev and not has_post else (math.inf,)
    post_key = (int(post_dash or post_n or 0),) if has_post else (-math.inf,)
    dev_key = (int(dev or 0),) if has_dev else (math.inf,)
    if local is None:
        local_key: tuple = ((-math.inf, ""),)
    else:  # numeric parts sort above alphanumeric ones
        local_key = tuple((int(p), "") if p.isdigit() else (-math.inf, p.lower()) for p in re.split(r"[-_.]", local))
    return int(epoch or 0), tuple(numbers), pre_key, post_key, dev_key, local_key


def _as_key(other: Any) -> tuple:
    if isinstance(other, str):
        return _key(other)
    if isinstance(other, Iterable):
        return _key(".".join(str(part) for part in other))
    raise InvalidVersion(other)


class TorchVersion(str):
    """A version string comparing by PEP 440's order with strings and tuples of numbers."""

    def _compare(self, other: Any, method: str) -> bool:
        try:
            mine, theirs = _key(self), _as_key(other)
        except InvalidVersion:
            return getattr(super(), method)(other)
        return getattr(mine, method)(theirs)

    __hash__ = str.__hash__


def _comparison(method: str) -> Callable[[TorchVersion, Any], bool]:
    def compare(self: TorchVersion, other: Any) -> bool:
        return self._compare(other, method)
    compare.__name__ = method
    return compare


for _method in ("__gt__", "__ge__", "__lt__", "__le__", "__eq__", "__ne__"):
    setattr(TorchVersion, _method, _comparison(_method))


TorchVersion.__module__ = "torch.torch_version"
