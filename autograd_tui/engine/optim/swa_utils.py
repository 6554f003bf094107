"""``torch.optim.swa_utils``: weight averaging (SWA, EMA), its learning-rate schedule, and BatchNorm refresh.

``AveragedModel`` keeps a deep copy of a model whose parameters become a running average of the
model's: the first update copies them, later ones apply ``avg_fn`` (by default the equal-weight
mean ``avg + (new - avg) / (n + 1)``, each parameter on its own as PyTorch does on the CPU) or
``multi_avg_fn`` on the lists of parameters. Buffers are copied from the model unless
``use_buffers`` averages them too. ``SWALR`` anneals each group's lr towards ``swa_lr``;
``update_bn`` recomputes BatchNorm statistics with one pass over a loader.
"""
from __future__ import annotations

import copy
import itertools
import math
from typing import Any, Callable, Iterable, Optional

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn.modules.batchnorm import _BatchNorm
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.optim.lr_scheduler import LRScheduler, _per_group
from autograd_tui.engine.optim.optimizer import Optimizer

__all__ = ["AveragedModel", "SWALR", "update_bn", "get_ema_avg_fn", "get_ema_multi_avg_fn", "get_swa_avg_fn",
           "get_swa_multi_avg_fn"]


def _check_decay(decay: float) -> None:
    if decay < 0.0 or decay > 1.0:
        raise ValueError(f"Invalid decay value {decay} provided. Please provide a value in [0,1] range.")


def get_ema_avg_fn(decay: float = 0.999) -> Callable:
    _check_decay(decay)

    def ema_update(ema_param: Tensor, current_param: Tensor, num_averaged: Any) -> Tensor:
        with no_grad():
            return decay * ema_param + (1 - decay) * current_param
    return ema_update


def get_ema_multi_avg_fn(decay: float = 0.999) -> Callable:
    _check_decay(decay)

    def ema_update(ema_params: list, current_params: list, _: Any) -> None:
        with no_grad():
            if ema_params[0].dtype.is_floating_point:
                for e, c in zip(ema_params, current_params):
                    e.lerp_(c, 1 - decay)
            else:
                for e, c in zip(ema_params, current_params):
                    e.copy_(e * decay + c * (1 - decay))
    return ema_update


def get_swa_avg_fn() -> Callable:
    def swa_update(averaged_param: Tensor, current_param: Tensor, num_averaged: Any) -> Tensor:
        with no_grad():
            return averaged_param + (current_param - averaged_param) / (num_averaged + 1)
    return swa_update


def get_swa_multi_avg_fn() -> Callable:
    def swa_update(averaged_params: list, current_params: list, num_averaged: Any) -> None:
        with no_grad():
            if averaged_params[0].dtype.is_floating_point:
                weight = 1 / (num_averaged + 1)
                weight = weight.item() if isinstance(weight, Tensor) else weight
                for a, c in zip(averaged_params, current_params):
                    a.lerp_(c, weight)
            else:
                for a, c in zip(averaged_params, current_params):
                    if isinstance(num_averaged, Tensor):
                        a.addcdiv_(c - a, num_averaged + 1)
                    else:
                        a.add_(c - a, alpha=1.0 / (num_averaged + 1))
    return swa_update


class AveragedModel(Module):
    def __init__(self, model: Module, device: Any = None, avg_fn: Optional[Callable] = None,
                 multi_avg_fn: Optional[Callable] = None, use_buffers: bool = False) -> None:
        super().__init__()
        if avg_fn is not None and multi_avg_fn is not None:
            raise AssertionError("Only one of avg_fn and multi_avg_fn should be provided")
        self.module = copy.deepcopy(model)
        if device is not None:
            self.module = self.module.to(device)
        self.register_buffer("n_averaged", _F.tensor(0, dtype=dtypes.int64))
        self.avg_fn = avg_fn
        self.multi_avg_fn = multi_avg_fn
        self.use_buffers = use_buffers

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self.module(*args, **kwargs)

    def _tracked(self, model: Module) -> Iterable[Tensor]:
        return itertools.chain(model.parameters(), model.buffers()) if self.use_buffers else model.parameters()

    def update_parameters(self, model: Module) -> None:
        mine = list(self._tracked(self.module) if self.use_buffers else self.parameters())
        theirs = [p.detach() for p in self._tracked(model)]
        averaged = [p.detach() for p in mine]
        first = bool(self.n_averaged == 0)
        with no_grad():
            if first:
                for a, c in zip(averaged, theirs):
                    a.copy_(c)
            else:
                n = self.n_averaged
                if self.multi_avg_fn is not None:
                    # called once per dtype, as PyTorch groups the tensors (an int buffer is a group)
                    groups: dict = {}
                    for a, c in zip(averaged, theirs):
                        pair = groups.setdefault(a.dtype, ([], []))
                        pair[0].append(a)
                        pair[1].append(c)
                    for group_avg, group_new in groups.values():
                        self.multi_avg_fn(group_avg, group_new, n)
                else:
                    # the default on the CPU is the one-parameter form, parameter by parameter
                    update = self.avg_fn if self.avg_fn is not None else get_swa_avg_fn()
                    for a, c in zip(averaged, theirs):
                        a.copy_(update(a, c, n))
            if not self.use_buffers:
                # buffers follow the model, unaveraged
                for b_avg, b_model in zip(self.module.buffers(), model.buffers()):
                    b_avg.detach().copy_(b_model.detach())
            self.n_averaged += 1


def update_bn(loader: Iterable, model: Module, device: Any = None) -> None:
    """Recomputes every BatchNorm's running statistics as a cumulative average over one pass of ``loader``."""
    with no_grad():
        momenta = {}
        for module in model.modules():
            if isinstance(module, _BatchNorm):
                module.reset_running_stats()
                momenta[module] = module.momentum
        if not momenta:
            return
        was_training = model.training
        model.train()
        for module in momenta:
            module.momentum = None
        for batch in loader:
            if isinstance(batch, (list, tuple)):
                batch = batch[0]
            if device is not None:
                batch = batch.to(device)
            model(batch)
        for module, momentum in momenta.items():
            module.momentum = momentum
        model.train(was_training)


class SWALR(LRScheduler):
    def __init__(self, optimizer: Optimizer, swa_lr: Any, anneal_epochs: int = 10, anneal_strategy: str = "cos",
                 last_epoch: int = -1) -> None:
        for value, group in zip(_per_group("swa_lr", optimizer, swa_lr), optimizer.param_groups):
            group["swa_lr"] = value.clone() if isinstance(value, Tensor) else value
        if anneal_strategy not in ("cos", "linear"):
            raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
        self._set_anneal_func(anneal_strategy)
        if not isinstance(anneal_epochs, int) or anneal_epochs < 0:
            raise ValueError(f"anneal_epochs must be equal or greater than 0, got {anneal_epochs}")
        self.anneal_epochs = anneal_epochs
        super().__init__(optimizer, last_epoch)

    @staticmethod
    def _linear_anneal(t: float) -> float:
        return t

    @staticmethod
    def _cosine_anneal(t: float) -> float:
        return (1 - math.cos(math.pi * t)) / 2

    @staticmethod
    def _get_initial_lr(lr: Any, swa_lr: Any, alpha: float) -> Any:
        # the lr the schedule started from, recovered from the current one
        return swa_lr if alpha == 1 else (lr - alpha * swa_lr) / (1 - alpha)

    def _set_anneal_func(self, anneal_strategy: str) -> None:
        self._anneal_strategy = anneal_strategy
        self.anneal_func = self._cosine_anneal if anneal_strategy == "cos" else self._linear_anneal

    def get_lr(self) -> list:
        self._warn_if_called_outside_step()
        step = self._step_count - 1
        if self.anneal_epochs == 0:
            step = max(1, step)
        span = max(1, self.anneal_epochs)
        prev_alpha = self.anneal_func(max(0, min(1, (step - 1) / span)))
        alpha = self.anneal_func(max(0, min(1, step / span)))
        groups = self.optimizer.param_groups
        starts = [self._get_initial_lr(g["lr"], g["swa_lr"], prev_alpha) for g in groups]
        return [g["swa_lr"] * alpha + lr * (1 - alpha) for g, lr in zip(groups, starts)]

    def state_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "anneal_func")}

    def load_state_dict(self, state_dict: dict) -> None:
        self.__dict__.update(state_dict)
        self._set_anneal_func(self._anneal_strategy)


for _cls in (AveragedModel, SWALR):
    _cls.__module__ = "torch.optim.swa_utils"
