"""The non-fused optimizers on float16 and bfloat16 parameters, as PyTorch's Python code runs them.

PyTorch's single-tensor (``foreach=False``, the CPU default) and multi-tensor (``foreach=True``)
optimizers are sequences of tensor operations; on a 16-bit tensor each operation loads its operands
as float32, computes in float32 and rounds its result to the tensor's type, so every intermediate
(``denom``, a scaled gradient) is rounded where PyTorch rounds it. The engine's own tensor ops round
the same way, so these updates are PyTorch's sequences written with them. On the CPU every
``torch._foreach_*`` op runs the single op once per tensor: the multi-tensor forms differ from the
single-tensor ones only where their sequences differ (Adagrad's numerator, NAdam's ``sqrt`` before
the division, RAdam's reciprocal buffer, ASGD's ``addcmul_``), and they are written per parameter.

Each function takes a parameter, its gradient (``p.grad``, not yet negated under ``maximize``), its
state and its group.
"""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import dtypes, foreach, functions
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim.optimizer import advance_step, lr_of

REDUCED = (dtypes.float16, dtypes.bfloat16)


def _number(x: Any) -> Any:
    """A scalar argument as the op receives it: a 0-d tensor (a tensor ``lr``) by its value."""
    return float(x) if isinstance(x, Tensor) else x


def scale_(t: Tensor, factor: Any, group: dict) -> Tensor:
    """``t.mul_(factor)``, or under ``foreach`` ``torch._foreach_mul_([t], factor)``, which rounds a
    16-bit tensor's factor to its type first (``foreach.factor_in_type``)."""
    factor = _number(factor)
    if group.get("foreach") and t.dtype in REDUCED:
        factor = foreach.factor_in_type(factor, t.dtype)
    return t.mul_(factor)


def _signed(grad: Tensor, group: dict) -> Tensor:
    return -grad if group.get("maximize") else grad


def _decayed(p: Tensor, grad: Tensor, group: dict) -> Tensor:
    """``grad.add(param, alpha=weight_decay)`` (the coupled weight decay), or ``grad`` itself."""
    weight_decay = group["weight_decay"]
    return grad.add(p, alpha=weight_decay) if weight_decay != 0 else grad


def sgd(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    momentum, dampening, lr = group["momentum"], group["dampening"], lr_of(group)
    g = _decayed(p, _signed(grad, group), group)
    if momentum != 0:
        buf = state.get("momentum_buffer")
        if buf is None:
            buf = state["momentum_buffer"] = g.detach().clone()
        else:
            scale_(buf, momentum, group).add_(g, alpha=1 - dampening)
        if not group["nesterov"]:
            g = buf
        elif group["foreach"]:
            g.add_(buf, alpha=momentum)  # _foreach_add_ into the gradients themselves (p.grad when it is not a copy)
        else:
            g = g.add(buf, alpha=momentum)
    p.add_(g, alpha=_number(-lr))


def _moments(p: Tensor, grad: Tensor, state: dict, group: dict) -> tuple[float, Tensor]:
    """The first steps of Adam, NAdam and RAdam: the step count, the weight decay (decoupled: on the
    parameter; else added to the gradient), ``exp_avg.lerp_`` and ``exp_avg_sq.mul_().addcmul_()``;
    the new step and the gradient the rest uses."""
    lr, (beta1, beta2), weight_decay = lr_of(group), group["betas"], group["weight_decay"]
    step = advance_step(state)
    g = _signed(grad, group)
    if weight_decay != 0 and group["decoupled_weight_decay"]:
        scale_(p, 1 - lr * weight_decay, group)
    else:
        g = _decayed(p, g, group)
    state["exp_avg"].lerp_(g, 1 - beta1)
    scale_(state["exp_avg_sq"], beta2, group).addcmul_(g, g, value=1 - beta2)
    return step, g


def adam(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
    if isinstance(beta1, Tensor) or isinstance(beta2, Tensor):
        raise NotImplementedError(f"Adam with tensor betas on {p.dtype} parameters is not in the embedded engine; "
                                  "real PyTorch has it (run with --backend torch).")
    step, g = _moments(p, grad, state, group)
    exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
    step_size = lr / (1 - beta1 ** step)
    bias_correction2_sqrt = (1 - beta2 ** step) ** 0.5
    second = exp_avg_sq
    if group["amsgrad"]:
        second = state["max_exp_avg_sq"]
        second.copy_(functions.maximum(second, exp_avg_sq))  # torch.maximum(..., out=)
    denom = (second.sqrt() / bias_correction2_sqrt).add_(eps)
    p.addcdiv_(exp_avg, denom, value=_number(-step_size))


def adagrad(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, lr_decay, eps = lr_of(group), group["lr_decay"], group["eps"]
    step = advance_step(state)
    signed = _signed(grad, group)
    g = _decayed(p, signed, group)
    clr = lr / (1 + (step - 1) * lr_decay)
    state_sum = state["sum"]
    state_sum.addcmul_(g, g, value=1)
    std = state_sum.sqrt().add_(eps)
    if group["foreach"]:  # the gradient scaled by -clr first, rounded, then divided
        # in place (rounding -clr) where the gradients are already a copy, else _foreach_mul
        numerator = scale_(g, -clr, group) if g is not grad else g.mul(_number(-clr))
        p.addcdiv_(numerator, std)
    else:
        p.addcdiv_(g, std, value=_number(-clr))


def rmsprop(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    alpha, eps, lr, momentum = group["alpha"], group["eps"], lr_of(group), group["momentum"]
    advance_step(state)
    g = _decayed(p, _signed(grad, group), group)
    square_avg = state["square_avg"]
    scale_(square_avg, alpha, group).addcmul_(g, g, value=1 - alpha)
    if group["centered"]:
        grad_avg = state["grad_avg"]
        grad_avg.lerp_(g, 1 - alpha)
        avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
    else:
        avg = square_avg.sqrt()
    avg.add_(eps)
    if momentum > 0:
        buf = state["momentum_buffer"]
        scale_(buf, momentum, group).addcdiv_(g, avg)
        p.add_(buf, alpha=_number(-lr))
    else:
        p.addcdiv_(g, avg, value=_number(-lr))


def adadelta(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    rho, eps, lr = group["rho"], group["eps"], lr_of(group)
    advance_step(state)
    g = _decayed(p, _signed(grad, group), group)
    square_avg, acc_delta = state["square_avg"], state["acc_delta"]
    scale_(square_avg, rho, group).addcmul_(g, g, value=1 - rho)
    std = square_avg.add(eps).sqrt_()
    delta = acc_delta.add(eps).sqrt_()
    delta.div_(std).mul_(g)
    scale_(acc_delta, rho, group).addcmul_(delta, delta, value=1 - rho)
    p.add_(delta, alpha=_number(-lr))


def adamax(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
    step = advance_step(state)
    g = _decayed(p, _signed(grad, group), group)
    exp_avg, exp_inf = state["exp_avg"], state["exp_inf"]
    exp_avg.lerp_(g, 1 - beta1)
    exp_inf.copy_(functions.maximum(scale_(exp_inf, beta2, group), g.abs().add_(eps)))  # torch.maximum(..., out=)
    clr = lr / (1 - beta1 ** step)
    p.addcdiv_(exp_avg, exp_inf, value=_number(-clr))


def nadam(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, (beta1, beta2), eps, momentum_decay = lr_of(group), group["betas"], group["eps"], group["momentum_decay"]
    step, g = _moments(p, grad, state, group)  # (PyTorch multiplies mu_product in first: no effect on them)
    mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * momentum_decay)))
    mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * momentum_decay)))
    mu_product = state["mu_product"]
    mu_product.mul_(mu)
    exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
    product = float(mu_product)
    if group["foreach"]:  # the square root first, then divided by the bias correction's root
        denom = exp_avg_sq.sqrt().div_((1 - beta2 ** step) ** 0.5)
    else:
        denom = exp_avg_sq.div(1 - beta2 ** step).sqrt()
    denom.add_(eps)
    p.addcdiv_(g, denom, value=_number(-lr * (1.0 - mu) / (1.0 - product)))
    p.addcdiv_(exp_avg, denom, value=_number(-lr * mu_next / (1.0 - product * mu_next)))


def radam(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
    step, g = _moments(p, grad, state, group)
    exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
    bias_correction1 = 1 - beta1 ** step
    bias_correction2 = 1 - beta2 ** step
    rho_inf = 2 / (1 - beta2) - 1
    rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2
    rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5 if rho_t > 5 else 0
    if group["foreach"]:  # one reciprocal buffer: 1 / ((sqrt + eps) / (root * lr * rect / bc1 * -1)) + unrectified
        buffer = exp_avg_sq.sqrt().add_(eps)
        buffer.div_(_number((bias_correction2 ** 0.5) * (lr * rect / bias_correction1) * -1)).reciprocal_()
        buffer.add_(_number((lr * (0 if rect > 0 else 1.0) / bias_correction1) * -1))
        p.addcmul_(exp_avg, buffer)
        return
    corrected = exp_avg / bias_correction1
    if rho_t > 5.0:
        adaptive = (bias_correction2 ** 0.5) / exp_avg_sq.sqrt().add_(eps)
        p.add_(corrected * _number(lr) * adaptive * rect, alpha=-1.0)
    else:
        p.add_(corrected * _number(lr), alpha=-1.0)


def asgd(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    lr, lambd, alpha, t0 = lr_of(group), group["lambd"], group["alpha"], group["t0"]
    eta, mu, ax = state["eta"], state["mu"], state["ax"]
    step = advance_step(state)
    g = _decayed(p, _signed(grad, group), group)
    if group["foreach"]:  # param -= (grad + lambd * param) * eta; ax += (param - ax) * mu, mu even at 1
        p.addcmul_(g.add(p, alpha=lambd), eta, value=-1)  # eta and mu: float32 0-d, cast to p's type
        ax.addcmul_(p.sub(ax), mu)
    else:
        eta_value = float(eta)
        p.mul_(1 - lambd * eta_value)
        p.add_(g, alpha=-eta_value)
        if float(mu) != 1:
            ax.add_(p.sub(ax).mul_(mu))
        else:
            ax.copy_(p)
    # foreach: the new eta in tensor arithmetic on the float32 step counter
    step_count = state["step"] if group["foreach"] else step
    eta.copy_(functions.as_tensor(lr / ((1 + lambd * lr * step_count) ** alpha)))
    mu.copy_(functions.as_tensor(1 / max(1, step - t0)))


def rprop(p: Tensor, grad: Tensor, state: dict, group: dict) -> None:
    (etaminus, etaplus), (step_size_min, step_size_max) = group["etas"], group["step_sizes"]
    advance_step(state)
    prev, step_size = state["prev"], state["step_size"]
    g = _signed(grad, group)
    sign = g.mul(prev).sign()
    sign[sign.gt(0)] = etaplus
    sign[sign.lt(0)] = etaminus
    sign[sign.eq(0)] = 1
    step_size.mul_(sign).clamp_(step_size_min, step_size_max)
    g = g.clone()
    g[sign.eq(etaminus)] = 0
    p.addcmul_(g.sign(), step_size, value=-1)
    prev.copy_(g)
