"""``Distribution``: shapes, argument validation and the repr shared by every distribution."""
from __future__ import annotations

import warnings
from typing import Any, Callable, Sequence

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine.functions._common import shapes_broadcast_error
from autograd_tui.engine._tensor import Size, Tensor, _user_stacklevel
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.dtypes import get_default_dtype
from autograd_tui.engine.grad_mode import enable_grad, no_grad

__all__ = ["Distribution", "batch_shape_of", "broadcast_all", "lazy_property"]


class lazy_property:
    """Computed (with grad on) at first access, then stored on the instance."""

    def __init__(self, wrapped: Callable) -> None:
        self.wrapped = wrapped
        self.__doc__ = wrapped.__doc__
        self.__name__ = wrapped.__name__

    def __get__(self, instance: Any, owner: Any = None):
        if instance is None:
            return self
        with enable_grad():
            value = self.wrapped(instance)
        setattr(instance, self.wrapped.__name__, value)
        return value


def broadcast_all(*values) -> tuple:
    """Numbers become tensors (of the first tensor's dtype, else the default one); all share one shape."""
    if not all(isinstance(v, (Tensor, int, float)) and not isinstance(v, bool) or isinstance(v, Tensor)
               for v in values):
        raise ValueError("Input arguments must all be instances of Number, torch.Tensor or objects implementing "
                         "__torch_function__.")
    # numbers take the first tensor's dtype, or the default float dtype when all are numbers
    dtype = next((v.dtype for v in values if isinstance(v, Tensor)), None) or get_default_dtype()
    tensors = [v if isinstance(v, Tensor) else _F.tensor(v, dtype=dtype) for v in values]
    shape: tuple = ()
    for t in tensors:  # pairwise, as torch.broadcast_tensors infers the shape (and words a clash)
        try:
            shape = tuple(np.broadcast_shapes(shape, tuple(t.shape)))
        except ValueError:
            raise shapes_broadcast_error(shape, tuple(t.shape)) from None
    return tuple(t if tuple(t.shape) == shape else t.expand(shape) for t in tensors)


def batch_shape_of(broadcast: Tensor, *given: Any) -> Size:
    """A distribution's batch shape: () when every parameter was given as a plain number, else
    the shape its parameters were broadcast to."""
    return broadcast.size() if any(isinstance(g, Tensor) for g in given) else Size()


def _size(shape: Sequence[int]) -> Size:
    return shape if isinstance(shape, Size) else Size(tuple(shape))


class Distribution:
    has_rsample = False
    has_enumerate_support = False
    _validate_args = True
    _kept_by_expand: tuple = ()  # tensors ``expand`` shares as they are (a relaxed family's temperature)

    @staticmethod
    def set_default_validate_args(value: bool) -> None:
        if value not in [True, False]:
            raise ValueError
        Distribution._validate_args = value

    def __init__(self, batch_shape: Sequence[int] = Size(), event_shape: Sequence[int] = Size(),
                 validate_args: Any = None) -> None:
        self._batch_shape = _size(batch_shape)
        self._event_shape = _size(event_shape)
        if validate_args is not None:
            self._validate_args = validate_args
        if self._validate_args:
            for param, constraint in self.arg_constraints.items():
                if constraints.is_dependent(constraint):
                    continue
                if param not in self.__dict__ and isinstance(getattr(type(self), param, None), lazy_property):
                    continue  # a lazily computed parameter is not checked
                value = getattr(self, param)
                if not bool(_F.all(constraint.check(value))):
                    raise ValueError(f"Expected parameter {param} ({type(value).__name__} of shape "
                                     f"{tuple(value.shape)}) of distribution {self!r} to satisfy the constraint "
                                     f"{constraint!r}, but found invalid values:\n{value}")

    @property
    def batch_shape(self) -> Size:
        return self._batch_shape

    @property
    def event_shape(self) -> Size:
        return self._event_shape

    @property
    def arg_constraints(self) -> dict:
        raise NotImplementedError

    @property
    def support(self) -> "constraints.Constraint":
        raise NotImplementedError

    @property
    def mean(self) -> Tensor:
        raise NotImplementedError

    @property
    def mode(self) -> Tensor:
        raise NotImplementedError(f"{self.__class__} does not implement mode")

    @property
    def variance(self) -> Tensor:
        raise NotImplementedError

    @property
    def stddev(self) -> Tensor:
        return self.variance.sqrt()

    def _get_checked_instance(self, cls: type, _instance: Any = None) -> Any:
        """A blank instance of this class for ``expand`` (a learner's subclass with its own
        ``__init__`` must write its own ``expand``, as PyTorch says)."""
        if _instance is None and type(self).__init__ != cls.__init__:  # type: ignore[misc]
            raise NotImplementedError(f"Subclass {self.__class__.__name__} of {cls.__name__} that defines a custom "
                                      "__init__ method must also define a custom .expand() method.")
        return self.__new__(type(self)) if _instance is None else _instance

    def expand(self, batch_shape: Sequence[int], _instance: Any = None) -> "Distribution":
        """The same distribution over a larger batch: every batch-shaped tensor parameter expanded
        (a view, no copy), and each inner distribution (a base, a categorical, mixture components)
        over the new batch followed by its own extra batch dims."""
        family = next(c for c in type(self).__mro__ if c.__module__.startswith("torch.distributions"))
        if family.__name__ in ("Distribution", "ExponentialFamily"):
            raise NotImplementedError
        new = self._get_checked_instance(family, _instance)
        batch_shape = _size(batch_shape)
        old = tuple(self._batch_shape)
        for name, value in self.__dict__.items():
            if name in ("_batch_shape", "_event_shape"):
                continue
            if name in self._kept_by_expand:
                pass
            elif isinstance(value, Tensor) and tuple(value.shape[:len(old)]) == old:
                value = value.expand(tuple(batch_shape) + tuple(value.shape[len(old):]))
            elif isinstance(value, Distribution):
                value = value.expand(tuple(batch_shape) + tuple(value.batch_shape[len(old):]))
            new.__dict__[name] = value
        Distribution.__init__(new, batch_shape, self._event_shape, validate_args=False)
        new._validate_args = self._validate_args
        return new

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        with no_grad():
            return self.rsample(sample_shape)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        raise NotImplementedError

    def sample_n(self, n: int) -> Tensor:
        warnings.warn("`sample_n(n)` will be deprecated. Use `sample((n,))` instead.", FutureWarning,
                      stacklevel=_user_stacklevel())
        return self.sample(Size((n,)))

    def log_prob(self, value: Tensor) -> Tensor:
        raise NotImplementedError

    def cdf(self, value: Tensor) -> Tensor:
        raise NotImplementedError

    def icdf(self, value: Tensor) -> Tensor:
        raise NotImplementedError

    def enumerate_support(self, expand: bool = True) -> Tensor:
        raise NotImplementedError

    def entropy(self) -> Tensor:
        raise NotImplementedError

    def perplexity(self) -> Tensor:
        return _F.exp(self.entropy())

    def _extended_shape(self, sample_shape: Sequence[int] = Size()) -> Size:
        return Size(tuple(_size(sample_shape)) + tuple(self._batch_shape) + tuple(self._event_shape))

    def _validate_sample(self, value: Tensor) -> None:
        if not isinstance(value, Tensor):
            raise ValueError("The value argument to log_prob must be a Tensor")
        event_dim_start = len(value.size()) - len(self._event_shape)
        if tuple(value.size()[event_dim_start:]) != tuple(self._event_shape):
            raise ValueError(f"The right-most size of value must match event_shape: {value.size()} vs "
                             f"{self._event_shape}.")
        actual_shape = value.size()
        expected_shape = Size(tuple(self._batch_shape) + tuple(self._event_shape))
        for i, j in zip(reversed(actual_shape), reversed(expected_shape)):
            if i != 1 and j != 1 and i != j:
                raise ValueError(f"Value is not broadcastable with batch_shape+event_shape: {actual_shape} vs "
                                 f"{expected_shape}.")
        support = self.support
        if not bool(_F.all(support.check(value))):
            raise ValueError(f"Expected value argument ({type(value).__name__} of shape {tuple(value.shape)}) to be "
                             f"within the support ({support!r}) of the distribution {self!r}, but found invalid "
                             f"values:\n{value}")

    def __repr__(self) -> str:
        names = [k for k in self.arg_constraints if k in self.__dict__]
        args = ", ".join(f"{p}: {self.__dict__[p] if self.__dict__[p].numel() == 1 else self.__dict__[p].size()}"
                         for p in names)
        return self.__class__.__name__ + "(" + args + ")"


Distribution.__module__ = "torch.distributions.distribution"
