"""Layer norm's and batch norm's gradients as one backward op each, differentiated again.

PyTorch computes a layer norm's three gradients with one op, ``native_layer_norm_backward``
(batch norm's with ``native_batch_norm_backward``), in its kernel also under ``create_graph``;
the gradients are then outputs of one node, ``NativeLayerNormBackwardBackward0``
(``NativeBatchNormBackwardBackward0``), whose formulas are ATen's ``layer_norm_double_backward``
(``batchnorm_double_backward``). The functions here do the same: the first-order gradients are
the engine's kernels run without a graph, recorded as one node of three outputs, and the double
backward is ATen's formula step for step in engine ops, so that second derivatives round as
PyTorch's do (and can be differentiated a third time).
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.nn import _norms, _rules
from autograd_tui.engine.nn._layer_norm import row_moments
from autograd_tui.engine.record import RULES, Rule, record

__all__ = ["layer_norm_backward", "layer_norm_double", "batch_norm_backward", "batch_norm_double"]


def _first_order(rule: Rule, grad: Tensor, values: dict, meta: list) -> list:
    """Each input's gradient by the rule's own formulas (None where none is wanted)."""
    return [None if m is None else formula.fn(*[grad if p == "grad" else values[p] for p in formula.params])
            for formula, m in zip(rule.formulas, meta)]


def _joint(rule: Rule, backward_rule: str, grad: Tensor, values: dict, meta: list, inputs: tuple,
           attrs: dict) -> list:
    """The gradients computed as the first-order backward computes them (its kernels), then
    recorded as the outputs of one node of ``backward_rule``, as PyTorch's backward op is."""
    with no_grad():
        grads = _first_order(rule, grad, values, meta)
    made = [g for g in grads if g is not None]
    if made:
        made = [make(g._data.copy(), g.dtype) if any(g is t for t in inputs) else g for g in made]
        record(RULES[backward_rule], inputs, made[0], attrs, num_outputs=3)
        node = made[0].grad_fn
        if node is not None and made[0]._requires_grad:
            it = iter(made)
            grads = [None if g is None else next(it) for g in grads]
            for nr, g in enumerate(grads):
                if g is not None:
                    g.grad_fn, g._output_nr, g._requires_grad = node, nr, True
    return grads


# ---------------------------------------------------------------------------------------------
# Layer norm
# ---------------------------------------------------------------------------------------------

def _layer_norm_stats(input: Tensor, n_norm: int, eps: float) -> tuple[Tensor, Tensor]:
    """The per-row mean and 1/std PyTorch's forward saved (kernel's Welford moments), shaped as
    its ``result1``/``result2``: the input's shape with the normalized dims kept as ones."""
    lead = tuple(input.shape[:input.ndim - n_norm])
    rows = np.ascontiguousarray(input._data).reshape(int(np.prod(lead, dtype=np.int64)), -1)
    t = rows.dtype.type
    mean, var = row_moments(rows)
    rstd = t(1) / np.sqrt(np.maximum(var, t(0)) + t(eps))
    shape = lead + (1,) * n_norm
    return make(mean.reshape(shape), input.dtype), make(rstd.reshape(shape), input.dtype)


def layer_norm_backward(grad: Tensor, values: dict, meta: list) -> list:
    """NativeLayerNormBackward0 under create_graph: one NativeLayerNormBackwardBackward0 node."""
    input = values["input"]
    if _State.dual_level or input.dtype not in (dtypes.float32, dtypes.float64) or input.numel() == 0:
        return _first_order(_rules.RULES["layer_norm"], grad, values, meta)
    n_norm = values["n_norm"]
    mean, rstd = _layer_norm_stats(input, n_norm, values["eps"])
    return _joint(_rules.RULES["layer_norm"], "native_layer_norm_backward", grad, values, meta,
                  (grad, input, mean, rstd, values["weight"], values["bias"]),
                  {"normalized_shape": tuple(input.shape[input.ndim - n_norm:])})


def layer_norm_double(grads: list, grad_out: Tensor, input: Tensor, mean: Tensor, rstd: Tensor,
                      weight: Optional[Tensor], normalized_shape: tuple) -> tuple:
    """ATen's layer_norm_double_backward: (grad of input, of weight, of grad_out) for the
    gradients ``grads`` arriving at the backward's three outputs, in its order of operations."""
    ggI, ggG, ggB = grads
    axis = input.ndim - len(normalized_shape)
    m = int(np.prod(input.shape[:axis], dtype=np.int64))
    n = int(np.prod(input.shape[axis:], dtype=np.int64))
    x = input.reshape(m, n)
    g_o = grad_out.reshape(m, n)
    affine = weight is not None
    if weight is not None:
        gamma = weight.reshape(1, n)
        ggG_row = ggG.reshape(1, n) if ggG is not None else None
        ggB_row = ggB.reshape(1, n) if ggB is not None else None
    else:
        gamma = _F.ones(1, dtype=input.dtype)
        ggG_row = ggB_row = None
    ggI_rows = ggI.reshape(m, n) if ggI is not None else None
    x_mu = x - mean.reshape(m, 1)
    inv_std = rstd.reshape(m, 1)
    inv_var = inv_std.pow(2)
    inv_std3 = inv_std.pow(3)
    x_mu_inv_std3 = x_mu * inv_std3
    g_input = None
    if ggI_rows is not None:
        gxhat = g_o * gamma
        gxhat_mu_sum = (gxhat * x_mu).sum(1, True)
        gxhat_sum = gxhat.sum(1, True)
        ggI_sum = ggI_rows.sum(1, True)
        ggI_mu_sum = (ggI_rows * x_mu).sum(1, True)
        all_sub = ((ggI_sum * gxhat_sum) / n - (ggI_rows * gxhat).sum(1, True)
                   + (inv_var * gxhat_mu_sum * ggI_mu_sum) * (3.0 / n))
        term0 = (x_mu_inv_std3 * all_sub) / n
        term1 = ((ggI_mu_sum * inv_std3) / n) * (gxhat_sum / n - gxhat)
        term2 = ((gxhat_mu_sum * inv_std3) / n) * (ggI_sum / n - ggI_rows)
        g_input = term0 + term1 + term2
    if affine and ggG_row is not None:
        t0 = g_o * ggG_row * inv_std
        t1 = (inv_std * (g_o * ggG_row).sum(1, True)) / -n
        t2 = (x_mu_inv_std3 * (g_o * ggG_row * x_mu).sum(1, True)) / -n
        gamma_term = t0 + t1 + t2
        g_input = gamma_term if g_input is None else g_input + gamma_term
    if g_input is not None:
        g_input = g_input.reshape(tuple(input.shape))

    def first_input_grad(g_local: Tensor, gamma_local: Tensor) -> Tensor:
        h0 = (gamma_local * inv_std) / n
        h1 = g_local * n - g_local.sum(1, True) - x_mu * inv_var * (g_local * x_mu).sum(1, True)
        return h0 * h1

    g_weight = None
    if weight is not None and ggI_rows is not None:
        g_weight = (g_o * first_input_grad(ggI_rows, _F.ones((), dtype=input.dtype))).sum(0)
        g_weight = g_weight.reshape(tuple(weight.shape))
    gg_out = None
    if ggI_rows is not None:
        gg_out = first_input_grad(ggI_rows, gamma)
    if ggG_row is not None:
        g_term = ggG_row * x_mu * inv_std
        gg_out = g_term if gg_out is None else gg_out + g_term
    if ggB_row is not None:
        gg_out = ggB_row if gg_out is None else gg_out + ggB_row
    if gg_out is not None:
        gg_out = gg_out.expand(m, n).reshape(tuple(input.shape))
    return g_input, g_weight, gg_out


# ---------------------------------------------------------------------------------------------
# Batch norm
# ---------------------------------------------------------------------------------------------

def batch_norm_backward(grad: Tensor, values: dict, meta: list) -> list:
    """NativeBatchNormBackward0 under create_graph: one NativeBatchNormBackwardBackward0 node."""
    input = values["input"]
    if _State.dual_level or input.dtype not in (dtypes.float32, dtypes.float64) or input.numel() == 0:
        return _first_order(RULES["batch_norm"], grad, values, meta)
    training = values["training"]
    # the batch's statistics in training; in evaluation PyTorch's forward saves empty ones
    save_mean, save_invstd = (make(np.asarray(values[name] if training else (), dtype=input.dtype.np).reshape(-1),
                                   input.dtype) for name in ("mean", "invstd"))
    return _joint(RULES["batch_norm"], "native_batch_norm_backward", grad, values, meta,
                  (grad, input, values["weight"], save_mean, save_invstd),
                  {"running_mean": values["running_mean"], "running_var": values["running_var"],
                   "train": training, "eps": values["eps"]})


def _sum_except_channels(t: Tensor, keepdim: bool = True) -> Tensor:
    """ATen's sum_exclude_dim1: over dim 0, then the trailing dims from the last down."""
    r = t.sum(0, keepdim)
    first = 1 if keepdim else 0
    for d in range(r.ndim - 1, first, -1):
        r = r.sum(d, keepdim)
    return r


def _channel_column(t: Tensor, like: Tensor) -> Tensor:
    """A per-channel vector shaped (1, C, 1, ...) against ``like`` (ATen's unsqueeze_dim1)."""
    return t.reshape((1, -1) + (1,) * (like.ndim - 2))


def batch_norm_double(grads: list, grad_out: Tensor, input: Tensor, weight: Optional[Tensor],
                      save_mean: Optional[Tensor], save_invstd: Optional[Tensor], running_mean: Optional[Tensor],
                      running_var: Optional[Tensor], train: bool, eps: float) -> tuple:
    """ATen's batchnorm_double_backward: (grad of input, of weight, of grad_out), in its order."""
    ggI, ggG, ggB = grads
    affine = weight is not None
    if weight is not None:
        gamma = _channel_column(weight, input).expand(tuple(input.shape))
        ggG_full = _channel_column(ggG, input).expand(tuple(input.shape)) if ggG is not None else None
        ggB_full = _channel_column(ggB, input).expand(tuple(input.shape)) if ggB is not None else None
    else:
        gamma = _F.ones((), dtype=input.dtype)
        ggG_full = ggB_full = None
    count = int(np.prod((input.shape[0],) + tuple(input.shape[2:]), dtype=np.int64))
    # (evaluation reads the running statistics, which it always has)
    stats: Any = (save_mean, save_invstd) if train else (running_mean, running_var.add(eps).pow(-0.5))  # type: ignore[union-attr]
    mu = _channel_column(stats[0], input)
    x_mu = input - mu
    inv_std = _channel_column(stats[1], input)
    inv_var = inv_std.pow(2)
    inv_std3 = inv_std.pow(3)
    x_mu_inv_std3 = x_mu * inv_std3
    g_o_x_mu_sum = _sum_except_channels(grad_out * x_mu)
    g_o_sum = _sum_except_channels(grad_out)
    g_input = None
    if ggI is not None and train:
        ggI_sum = _sum_except_channels(ggI)
        ggI_mu_sum = _sum_except_channels(ggI * x_mu)
        all_sub = ((ggI_sum * g_o_sum) / count - _sum_except_channels(grad_out * ggI)
                   + (inv_var * g_o_x_mu_sum * ggI_mu_sum) * (3.0 / count))
        term0 = (x_mu_inv_std3 * all_sub) / count
        term1 = ((ggI_mu_sum * inv_std3) / count) * (g_o_sum / count - grad_out)
        term2 = ((g_o_x_mu_sum * inv_std3) / count) * (ggI_sum / count - ggI)
        g_input = gamma * (term0 + term1 + term2)
    if affine and ggG_full is not None:
        if train:
            t0 = grad_out * inv_std
            t1 = (inv_std * g_o_sum) / -count
            t2 = (x_mu_inv_std3 * _sum_except_channels(grad_out * x_mu)) / -count
            gamma_term = ggG_full * (t0 + t1 + t2)
        else:
            gamma_term = ggG_full * inv_std * grad_out
        g_input = gamma_term if g_input is None else g_input + gamma_term

    def first_input_grad(g_local: Tensor, gamma_local: Tensor) -> Tensor:
        h0 = (gamma_local * inv_std) / count
        h1 = g_local * count - _sum_except_channels(g_local) - x_mu * inv_var * _sum_except_channels(g_local * x_mu)
        return h0 * h1

    g_weight = None
    if affine and ggI is not None:
        if train:
            g_weight = _sum_except_channels(ggI * first_input_grad(grad_out, _F.ones((), dtype=input.dtype)), False)
        else:
            g_weight = _sum_except_channels(ggI * grad_out * inv_std, False)
    gg_out = None
    if ggI is not None:
        gg_out = first_input_grad(ggI, gamma) if train else ggI * inv_std * gamma
    if ggG_full is not None:
        g_term = ggG_full * x_mu * inv_std
        gg_out = g_term if gg_out is None else gg_out + g_term
    if ggB_full is not None:
        gg_out = ggB_full if gg_out is None else gg_out + ggB_full
    return g_input, g_weight, gg_out


# ---------------------------------------------------------------------------------------------
# Group norm
# ---------------------------------------------------------------------------------------------

def _var_mean_backward(dvar: Optional[Tensor], dmean: Tensor, x: Tensor, dims: tuple) -> Tensor:
    """ATen's var_mean_backward (correction 0, keepdim): var's and mean's gradients of ``x``."""
    count = int(np.prod([x.shape[d] for d in dims], dtype=np.int64))
    out = None
    if dvar is not None:
        out = (2.0 / count) * dvar * (x - x.mean(dims, keepdim=True))
    from_mean = dmean.expand(tuple(x.shape)) / count
    return from_mean if out is None else out + from_mean


def group_norm_grads(grads: list, input: Tensor, weight: Optional[Tensor], mean: Tensor, rstd: Tensor,
                     n: int, c: int, hxw: int, group: int, wanted: list) -> list:
    """ATen's infinitely_differentiable_native_group_norm_backward, which PyTorch runs for
    NativeGroupNormBackward0 under create_graph, and whenever gradients arrive at the forward's
    mean and 1/std (the saved outputs a first gradient made under create_graph reads): the
    gradients of input, weight and bias (those ``wanted``) in engine ops, in its order."""
    d_y, d_mean, d_rstd = (list(grads) + [None, None])[:3]
    d = c // group
    s = 1.0 / (d * hxw)
    x4 = input.reshape(n, group, d, hxw)
    mean4 = mean.reshape(n, group, 1, 1)
    rstd4 = rstd.reshape(n, group, 1, 1)
    ds = db = dy4 = None
    if d_y is not None:
        dy4 = d_y.reshape(n, group, d, hxw)
        ds = (dy4 * x4).sum(3).unsqueeze(-1)
        db = dy4.sum(3).unsqueeze(-1)
    d_x = d_weight = d_bias = None
    if wanted[0]:
        gamma4 = weight.reshape(1, group, d, 1) if weight is not None else None
        rstd_cube = rstd4 * rstd4 * rstd4
        d_var = -0.5 * rstd_cube * d_rstd.view(n, group, 1, 1) if d_rstd is not None else None
        both = d_mean is not None and d_rstd is not None
        if dy4 is not None and ds is not None and db is not None:
            a = rstd4 * gamma4 if gamma4 is not None else rstd4
            b = ((ds * gamma4).sum(2) if gamma4 is not None else ds.sum(2)).unsqueeze(-2)
            c_term = ((db * gamma4).sum(2) if gamma4 is not None else db.sum(2)).unsqueeze(-2)
            b = (c_term * mean4 - b) * rstd_cube * s
            c_term = -b * mean4 - c_term * rstd4 * s
            d_x = a * dy4 + b * x4 + c_term
            if both:
                d_x = d_x + _var_mean_backward(d_var, d_mean.view(n, group, 1, 1), x4, (2, 3))
            d_x = d_x.reshape(tuple(input.shape))
        elif both:
            d_x = _var_mean_backward(d_var, d_mean.view(n, group, 1, 1), x4, (2, 3)).reshape(tuple(input.shape))
    if wanted[1] and ds is not None and db is not None and weight is not None:
        d_weight = ((ds - db * mean4) * rstd4).sum(0).reshape(tuple(weight.shape))
    if wanted[2] and db is not None and weight is not None:
        d_bias = db.sum(0).reshape(tuple(weight.shape))
    return [d_x, d_weight, d_bias]


def group_norm_backward(grads: list, values: dict, meta: list) -> list:
    """NativeGroupNormBackward0 where PyTorch takes its differentiable formula (see
    ``group_norm_grads``); the node's mean and 1/std are read as saved outputs, so that a second
    derivative reaches them."""
    if _State.dual_level and grads[0] is not None:
        # forward AD over the backward: the saved mean and 1/std carry no tangent here, so the
        # formulas that recompute them from the input take their place
        return _first_order(_norms.RULES["group_norm"], grads[0], values, meta)
    return group_norm_grads(grads, values["input"], values["weight"], values["result1"], values["result2"],
                            values["N"], values["C"], values["HxW"], values["group"], [m is not None for m in meta])
