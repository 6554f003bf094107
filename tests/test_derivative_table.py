"""Every entry of the derivative table has a gradient check.

``CASES`` holds, for each rule in ``record.RULES`` (filled by ``derivatives.py``), a small
float64 call that records that rule's node. The test proves three things per rule: the call
really records the rule (its node is in the graph), the formula agrees with central finite
differences (first order), and, where PyTorch differentiates the backward again, the formula's
own gradient agrees too (second order). A rule without a case fails the test: adding an op to
the table means adding its check here.
"""
from __future__ import annotations

import functools
import math
import warnings
from typing import Callable

import numpy as np

import pytest

import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional as NF
from autograd_tui.engine.nn import _activations as ACT
from autograd_tui.engine.nn import _conv_double as CD
from autograd_tui.engine.nn import _double_backward as DB
from autograd_tui.engine.nn import _pool3d as POOL3D
from autograd_tui.engine.nn import _rules as NNR
from autograd_tui.engine.distributions import _sampling
from autograd_tui.engine.functions import reparam_grads as RG
from autograd_tui.engine.record import RULES


def leaf(*values_or_shape, low: float = -1.0, high: float = 1.0, seed: int = 0):
    """A float64 leaf that requires grad: given values, or a seeded uniform tensor of a shape."""
    if values_or_shape and isinstance(values_or_shape[0], (list, float, int)) and not (
            len(values_or_shape) > 1 or isinstance(values_or_shape[0], int)):
        data = np.asarray(values_or_shape[0], dtype=np.float64)
    else:
        rng = np.random.default_rng(seed)
        data = rng.uniform(low, high, size=values_or_shape)
    return torch.tensor(data.tolist(), dtype=torch.float64, requires_grad=True)


def away_from_integers(*shape, seed: int = 0):
    rng = np.random.default_rng(seed)
    data = rng.integers(-3, 3, size=shape) + rng.uniform(0.2, 0.8, size=shape)
    return torch.tensor(data.tolist(), dtype=torch.float64, requires_grad=True)


def distinct(*shape, seed: int = 0, offset: float = 0.1):
    """Values far enough apart that no max, min or sort is near a tie."""
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    data = rng.permutation(n).reshape(shape) * 0.5 + offset
    return torch.tensor(data.tolist(), dtype=torch.float64, requires_grad=True)


def target(*values):
    return torch.tensor(list(values), dtype=torch.float64)


def _well_conditioned(n: int):
    """A float64 leaf near 2 * identity: invertible, far from singular."""
    rng = np.random.default_rng(3)
    data = 2 * np.eye(n) + rng.uniform(-0.3, 0.3, size=(n, n))
    return torch.tensor(data.tolist(), dtype=torch.float64, requires_grad=True)


def _weighted_projector(V, columns_last: bool = True):
    """V diag(1, 2, ...) V^T: unchanged when a column of V changes sign, so finite differences
    see no sign choice of LAPACK's."""
    weights = torch.arange(1, V.shape[-1] + 1, dtype=torch.float64)
    return (V * weights) @ V.mT


def _svd_invariants(a):
    U, S, Vh = torch.linalg.svd(a, full_matrices=False)
    return _weighted_projector(U), S, _weighted_projector(Vh.mT)


def _eigh_invariants(a):
    L, V = torch.linalg.eigh(a + a.mT)
    return L, _weighted_projector(V)


def _eig_invariants(a):
    """Eigenvalues and the first eigenvector's projector (free of the vectors' phase), as one real tensor."""
    L, V = torch.linalg.eig(a + torch.diag(torch.tensor([0.0, 2.0, 4.0], dtype=torch.float64)))
    v = V[:, :1]
    return torch.cat([torch.view_as_real(L).flatten(), torch.view_as_real(v * v.conj()).flatten()])


def _grid_points():
    """A (1, 3, 2, 2) sampling grid whose points lie strictly inside pixel cells (gradcheck's
    steps never cross an edge, where bilinear sampling's gradient jumps)."""
    cells = torch.tensor([[0.3, 0.6], [1.4, 2.7], [2.55, 1.25], [3.6, 0.45], [0.7, 2.2], [2.35, 2.8]],
                         dtype=torch.float64)
    scale = torch.tensor([2.0 / 4, 2.0 / 3], dtype=torch.float64)  # align_corners: (W - 1)/2, (H - 1)/2
    return (cells * scale - 1).reshape(1, 3, 2, 2).requires_grad_()


def _pool_gradient(pool):
    """The pooling's input gradient for an incoming gradient ``g``, as a function of (g, x)."""
    return lambda g, x: torch.autograd.grad(pool(x), x, g, create_graph=True)[0]


# -weight[target] at each row's target (classes 2 and 0), as nll_loss hands its backward
_PICKS = np.array([[0.0, 0.0, -1.0], [-1.0, 0.0, 0.0]])


def _upsampled(shape, options):
    return lambda a: NF.interpolate(a, **options), (leaf(*shape),)


def _upsample_gradient(shape, options):
    """The gradient of an upsampling with respect to its input, as a function of the incoming
    gradient: what records the upsampling's own backward node."""
    x = leaf(*shape, seed=5)

    def fn(g):
        return torch.autograd.grad(NF.interpolate(x, **options), x, g, create_graph=True)[0]
    out_shape = tuple(NF.interpolate(x, **options).shape)
    return fn, (leaf(*out_shape, seed=6),)


# where fractional max pooling's windows start (width, height per plane)
_FRACTIONAL_SAMPLES = torch.tensor([[[0.3, 0.8], [0.6, 0.1]]], dtype=torch.float64)

_UPSAMPLINGS = {
    "nearest1d": ((1, 2, 3), {"scale_factor": 2}),
    "nearest2d": ((1, 1, 2, 3), {"size": (3, 5)}),
    "nearest_exact1d": ((1, 2, 3), {"size": 5, "mode": "nearest-exact"}),
    "nearest_exact2d": ((1, 1, 2, 3), {"scale_factor": 1.5, "mode": "nearest-exact"}),
    "linear1d": ((1, 2, 3), {"size": 5, "mode": "linear"}),
    "bilinear2d": ((1, 1, 2, 3), {"scale_factor": 1.5, "mode": "bilinear", "align_corners": True}),
    "bicubic2d": ((1, 2, 3, 4), {"size": (5, 3), "mode": "bicubic", "align_corners": False}),
    "bilinear2d_aa": ((1, 1, 7, 4), {"size": (3, 6), "mode": "bilinear", "antialias": True}),
    "bicubic2d_aa": ((1, 2, 9, 5), {"scale_factor": (0.4, 1.3), "mode": "bicubic", "antialias": True}),
    "nearest3d": ((1, 1, 2, 2, 3), {"size": (3, 4, 5)}),
    "nearest_exact3d": ((1, 1, 2, 3, 2), {"scale_factor": 1.5, "mode": "nearest-exact"}),
    "trilinear3d": ((1, 2, 2, 3, 2), {"scale_factor": (2, 1.5, 2), "mode": "trilinear"}),
}


def _mul_into_view(pick):
    """An in-place product on a view of a non-leaf; ``pick`` returns the base or the view."""
    def fn(a, b):
        y = a * 1
        v = y[:2] if y.ndim == 1 else y.t()[1]
        v.mul_(b[:2])
        return pick(y, v)
    return fn


def _unpack_dual_primal(a):
    """forward_ad.unpack_dual's primal, inside a dual level (its node is named Identity)."""
    import autograd_tui.engine.autograd.forward_ad as fwAD
    with fwAD.dual_level():
        return fwAD.unpack_dual(fwAD.make_dual(a, torch.ones_like(a))).primal * 1


def _seeded_gamma_draws(alpha):
    """torch._standard_gamma's draws from a fresh generator seeded alike at every call."""
    return _sampling.standard_gamma(alpha, generator=torch.Generator().manual_seed(0))


# name -> () -> (function of the leaves, the leaves)
def _through_complex(method: str) -> Callable:
    """A (..., 2) real leaf read as complex numbers, a complex method, and the result's real view."""
    return lambda w: torch.view_as_real(getattr(torch.view_as_complex(w), method)())


def _sampler_case(call: str) -> tuple:
    """An in-place sampler on a non-leaf (a transposed one: filled in memory order); a fresh seeded generator
    each call, so the finite differences see the same sample."""
    return (lambda a: eval(f"(a * 1).{call}", {"a": a, "torch": torch}), (leaf(3, 2).t(),))


def _triangular_solve(*args, **options):
    """torch.triangular_solve without its deprecation warning (the goldens check the warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return torch.triangular_solve(*args, **options)


# A 3x3 sparse matrix's indices, one of them twice (uncoalesced), and a sparse tensor of given values
_SPARSE_INDICES = [[0, 1, 2, 0], [2, 0, 1, 2]]


def _sparse(values):
    return torch.sparse_coo_tensor(_SPARSE_INDICES, values, (3, 3), check_invariants=True)


_SPARSE_CASES: dict[str, Callable[[], tuple]] = {
    "sparse_coo_tensor": lambda: (lambda v: _sparse(v).to_dense() * 1, (leaf(4),)),
    "to_dense": lambda: (lambda v: _sparse(v).to_dense(), (leaf(4),)),
    "to_sparse": lambda: (lambda a: a.to_sparse().to_dense(), (leaf(2, 3, low=0.5, high=1.0),)),
    "coalesce": lambda: (lambda v: _sparse(v).coalesce().to_dense(), (leaf(4),)),
    "values_sparse": lambda: (lambda v: _sparse(v).coalesce().values() * 1, (leaf(4),)),
    "t_sparse": lambda: (lambda v: _sparse(v).t().to_dense(), (leaf(4),)),
    # (torch.add looked up once the sparse tensor exists: the entries are rerouted from then on, sparse_tensor.py)
    "add_sparse": lambda: (lambda v, w: (lambda s, t: torch.add(s, t, alpha=2.5))(_sparse(v), _sparse(w)).to_dense(),
                           (leaf(4), leaf(4, seed=1))),
    "add_dense_sparse": lambda: (lambda a, v: (lambda s: torch.add(a, s, alpha=-0.5))(_sparse(v)),
                                 (leaf(3, 3), leaf(4, seed=1))),
    "mul_sparse_scalar": lambda: (lambda v: (_sparse(v) * 2.5).to_dense(), (leaf(4),)),
    "sparse_sum": lambda: (lambda v: _sparse(v).sum(), (leaf(4),)),
    "mm_sparse": lambda: (lambda v, b: torch.mm(_sparse(v), b), (leaf(4), leaf(3, 2, seed=1))),
    "mm_dense_sparse": lambda: (lambda a, v: a @ _sparse(v), (leaf(2, 3), leaf(4, seed=1))),
    "sparse_addmm": lambda: (lambda c, v, b: torch.sparse.addmm(c, _sparse(v), b, beta=0.5, alpha=2.0),
                             (leaf(3, 2), leaf(4, seed=1), leaf(3, 2, seed=2))),
    "addmm_sparse": lambda: (lambda c, v, b: torch.addmm(c, _sparse(v), b, beta=0.5, alpha=2.0),
                             (leaf(3, 2), leaf(4, seed=1), leaf(3, 2, seed=2))),
    "sparse_softmax": lambda: (lambda v: torch.sparse.softmax(_sparse(v), 1).to_dense(), (leaf(4),)),
    "sparse_log_softmax": lambda: (lambda v: torch.sparse.log_softmax(_sparse(v), 0).to_dense(), (leaf(4),)),
    "embedding_sparse": lambda: (lambda w: NF.embedding(torch.tensor([[1, 3], [1, 2]]), w, sparse=True,
                                                        padding_idx=0), (leaf(4, 2),)),
}


CASES: dict[str, Callable[[], tuple]] = {
    "add": lambda: (lambda a, b: a + b, (leaf(3), leaf(2, 3, seed=1))),
    "add_alpha": lambda: (lambda a, b: torch.add(a, b, alpha=2.5), (leaf(3), leaf(3, seed=1))),
    "sub": lambda: (lambda a, b: a - b, (leaf(3), leaf(3, seed=1))),
    "sub_alpha": lambda: (lambda a, b: torch.sub(a, b, alpha=0.5), (leaf(3), leaf(3, seed=1))),
    "rsub": lambda: (lambda a: torch.rsub(a, 2.0), (leaf(3),)),
    "rsub_tensor": lambda: (lambda a, b: torch.rsub(a, b), (leaf(3), leaf(3, seed=1))),
    "mul": lambda: (lambda a, b: a * b, (leaf(2, 3), leaf(3, seed=1))),
    "div": lambda: (lambda a, b: a / b, (leaf(3), leaf(3, low=1.0, high=2.0, seed=1))),
    "neg": lambda: (lambda a: -a, (leaf(3),)),
    # an explicit rounding_mode=None divides; floor's quotients 2.56, -1.57, 0.53 stay locally fixed
    "div_mode": lambda: (lambda a, b: torch.div(a, b, rounding_mode=None) + torch.div(a, b, rounding_mode="floor"),
                         (leaf([2.3, -1.1, 0.4]), leaf([0.9, 0.7, 0.75]))),
    # quotients 2.56, -1.57 and 0.53: far from integers, so the truncated quotient is locally fixed
    "fmod": lambda: (torch.fmod, (leaf([2.3, -1.1, 0.4]), leaf([0.9, 0.7, 0.75]))),
    "fmod_scalar": lambda: (lambda a: torch.fmod(a, 0.9), (leaf([2.3, -1.1, 0.4]),)),
    "remainder": lambda: (torch.remainder, (leaf([2.3, -1.1, 0.4]), leaf([0.9, 0.7, -0.75]))),
    "remainder_scalar": lambda: (lambda a: a % 0.9, (leaf([2.3, -1.1, 0.4]),)),
    "pow": lambda: (lambda a: a ** 3, (leaf(3),)),
    "pow_tensor": lambda: (lambda a, b: a ** b, (leaf(3, low=0.5, high=2.0), leaf(3, seed=1))),
    "rpow": lambda: (lambda a: 2.0 ** a, (leaf(3),)),
    "exp": lambda: (torch.exp, (leaf(3),)),
    "log": lambda: (torch.log, (leaf(3, low=0.5, high=2.0),)),
    "sin": lambda: (torch.sin, (leaf(3),)),
    "cos": lambda: (torch.cos, (leaf(3),)),
    "tanh": lambda: (torch.tanh, (leaf(3),)),
    "sigmoid": lambda: (torch.sigmoid, (leaf(3),)),
    "tanh_backward": lambda: (torch._F.tanh_backward, (leaf(3), leaf(3, seed=1))),
    "sigmoid_backward": lambda: (torch._F.sigmoid_backward, (leaf(3), leaf(3, seed=1))),
    "threshold_backward": lambda: (lambda g, s: torch._F.threshold_backward(g, s, 0.1), (leaf(3), leaf(3, seed=1))),
    "leaky_relu_backward": lambda: (lambda g, s: ACT.leaky_relu_grad(g, s, 0.1), (leaf(4), away_from_integers(4))),
    "hardtanh_backward": lambda: (lambda g, s: ACT.hardtanh_grad(g, s, -1.0, 1.0), (leaf(6), away_from_integers(6))),
    "softshrink_backward": lambda: (lambda g, s: ACT.shrink_grad(g, s, 0.3, "softshrink_backward"),
                                    (leaf(6), away_from_integers(6))),
    "hardshrink_backward": lambda: (lambda g, s: ACT.shrink_grad(g, s, 0.3, "hardshrink_backward"),
                                    (leaf(6), away_from_integers(6))),
    "gelu_backward": lambda: (lambda g, s: ACT.gelu_grad(g, s, "tanh"), (leaf(4), leaf(4, low=-3, high=3, seed=1))),
    "elu_backward": lambda: (lambda g, s: ACT.elu_grad(g, s, 0.7, 1.1, 1.3), (leaf(4), away_from_integers(4))),
    "softplus_backward": lambda: (lambda g, s: ACT.softplus_grad(g, s, 2.0, 1.0),
                                  (leaf(4), leaf(4, low=-2, high=0.4, seed=1))),
    "log_sigmoid_backward": lambda: (ACT.logsigmoid_grad, (leaf(4), leaf(4, low=-3, high=3, seed=1))),
    "hardswish_backward": lambda: (ACT.hardswish_grad, (leaf(6), away_from_integers(6))),
    "softmax_backward_data": lambda: (lambda g, o: DB.softmax_backward(g, o, 1), (leaf(2, 3), leaf(2, 3, seed=1))),
    "log_softmax_backward_data": lambda: (lambda g, o: DB.log_softmax_backward(g, o, 1),
                                          (leaf(2, 3), leaf(2, 3, seed=1))),
    "mse_loss_backward": lambda: (lambda g, s, t: DB.mse_backward(g, s, t, "none", 6),
                                  (leaf(2, 3), leaf(2, 3, seed=1), leaf(2, 3, seed=2))),
    "nll_loss_backward": lambda: (lambda g, s: DB.nll_backward(g, s, (2, 3), _PICKS, "none", 2.0),
                                  (leaf(2), leaf(2, 3, seed=1))),
    "nll_loss2d_backward": lambda: (
        lambda g, s: DB.nll_backward(g, s, (2, 3, 1, 1), _PICKS.reshape(2, 3, 1, 1), "none", 2.0,
                                     "nll_loss2d_backward"), (leaf(2, 1, 1), leaf(2, 3, 1, 1, seed=1))),
    "smooth_l1_loss_backward": lambda: (lambda g, s, t: NNR.smooth_l1_backward(g, s, t, 0.5, 0.25, "mean"),
                                        (leaf(4), leaf(4, seed=1), leaf(4, seed=2))),
    "huber_loss_backward": lambda: (lambda g, s, t: NNR.huber_backward(g, s, t, 0.7, 1.0, "sum"),
                                    (leaf(4), leaf(4, seed=1), leaf(4, seed=2))),
    "rrelu_with_noise": lambda: (lambda a: NF.rrelu(a, 0.1, 0.3), (away_from_integers(5),)),
    # nn.Bilinear: x1^T W[o] x2 over a flattened batch, each gradient a _trilinear again
    "_trilinear": lambda: (lambda a, b, w: NF.bilinear(a, b, w),
                           (leaf(3, 2), leaf(3, 4, seed=1), leaf(2, 2, 4, seed=2))),
    "rrelu_with_noise_result": lambda: (lambda a: NF.rrelu(a * 1, 0.1, 0.3, inplace=True), (away_from_integers(5),)),
    "rrelu_with_noise_backward": lambda: (
        lambda g, s: ACT.rrelu_grad(g, s, torch.zeros(4, dtype=torch.float64), 0.1, 0.3, False),
        (leaf(4), away_from_integers(4))),
    "glu_backward": lambda: (lambda g, s: ACT.glu_grad(g, s, 1), (leaf(2, 2), leaf(2, 4, seed=1))),
    "select_backward": lambda: (lambda g: torch._F.embed(g, (2, 3), (slice(None), 1), "select_backward"), (leaf(2),)),
    "slice_backward": lambda: (lambda g: torch._F.embed(g, (2, 3), (slice(None), slice(0, 2, 1)), "slice_backward"),
                               (leaf(2, 2),)),
    "cdist_backward": lambda: (lambda a, b: torch.autograd.grad(torch.cdist(a, b).sum(), a, create_graph=True)[0],
                               (leaf(3, 2), leaf(2, 2, seed=1))),
    "pdist_backward": lambda: (lambda a: torch.autograd.grad(torch.pdist(a).sum(), a, create_graph=True)[0],
                               (leaf(3, 2),)),
    "conv2d_backward_input": lambda: (
        lambda g, w: CD.input_grad(g, w, (1, 2, 4, 4), (1, 1), ((1, 1), (0, 0)), (1, 1), 1),
        (leaf(1, 3, 4, 3), leaf(3, 2, 3, 2, seed=1))),
    "conv2d_backward_weight": lambda: (lambda g, x: CD.weight_grad(g, x, (3, 2, 3, 2), (1, 1), ((1, 1), (0, 0)), (1, 1),
                                                                   1), (leaf(1, 3, 4, 3), leaf(1, 2, 4, 4, seed=1))),
    "conv2d_backward_bias": lambda: (lambda g: CD.bias_grad(g, (1, 2, 4, 4), (3, 2, 3, 2), (1, 1), ((1, 1), (0, 0)),
                                                            (1, 1), 1), (leaf(1, 3, 4, 3),)),
    "hardsigmoid_backward": lambda: (ACT.hardsigmoid_grad, (leaf(4, low=-4, high=4), leaf(4, low=-4, high=4, seed=1))),
    # pooling's gradients as ops: the incoming gradient first, the input (zero second derivative) last
    "max_pool2d_backward": lambda: (_pool_gradient(lambda x: NF.max_pool2d(x, 2)), (leaf(1, 1, 2, 2),
                                                                                     distinct(1, 1, 4, 4))),
    "adaptive_max_pool2d_backward": lambda: (_pool_gradient(lambda x: NF.adaptive_max_pool2d(x, (2, 3))),
                                             (leaf(1, 2, 2, 3), distinct(1, 2, 5, 4))),
    "fractional_max_pool2d_backward": lambda: (_pool_gradient(lambda x: NF.fractional_max_pool2d(
        x, 2, output_size=(3, 2), _random_samples=_FRACTIONAL_SAMPLES)), (leaf(1, 2, 3, 2), distinct(1, 2, 5, 4))),
    "fractional_max_pool2d": lambda: (lambda x: NF.fractional_max_pool2d(
        x, (2, 3), output_size=(3, 2), _random_samples=_FRACTIONAL_SAMPLES), (distinct(1, 2, 5, 5),)),
    "avg_pool2d_backward": lambda: (
        lambda g, x: CD.avg_pool_grad(g, x, (1, 1, 4, 4), (2, 2), (2, 2), ((0, 0), (0, 0)), np.full((2, 2), 4.0),
                                      CD.shown_avg_pool((2, 2), (), (0, 0), False, True, None)),
        (leaf(1, 1, 2, 2), leaf(1, 1, 4, 4, seed=1))),
    "adaptive_avg_pool2d_backward": lambda: (lambda g, x: CD.adaptive_avg_pool_grad(g, x, (1, 1, 4, 4)),
                                             (leaf(1, 1, 2, 2), leaf(1, 1, 4, 4, seed=1))),
    "avg_pool3d_backward": lambda: (
        lambda g, x: POOL3D.avg_pool3d_grad(g, x, (1, 1, 3, 4, 3), (2, 2, 2), (1, 1, 1), ((0, 0),) * 3,
                                            np.full((2, 3, 2), 8.0)),
        (leaf(1, 1, 2, 3, 2), leaf(1, 1, 3, 4, 3, seed=1))),
    "adaptive_avg_pool3d_backward": lambda: (lambda g, x: POOL3D.adaptive_avg_pool3d_grad(g, x, (1, 1, 3, 4, 5)),
                                             (leaf(1, 1, 2, 2, 3), leaf(1, 1, 3, 4, 5, seed=1))),
    # convolution's three gradients as one node (create_graph): grad_output, input, weight and bias
    "convolution_backward": lambda: (
        lambda g, x, w, b: torch.autograd.grad(NF.conv2d(x, w, b, stride=(1, 2), padding=1), (x, w, b), g,
                                               create_graph=True),
        (leaf(1, 3, 4, 2), leaf(1, 2, 4, 3, seed=1), leaf(3, 2, 3, 2, seed=2), leaf(3, seed=3))),
    # layer norm's and batch norm's three gradients as one node each (create_graph)
    "native_layer_norm_backward": lambda: (
        lambda g, x, w, b: torch.autograd.grad(NF.layer_norm(x, (2, 3), w, b), (x, w, b), g, create_graph=True),
        (leaf(2, 2, 3), leaf(2, 2, 3, seed=1), leaf(2, 3, seed=2), leaf(2, 3, seed=3))),
    "native_batch_norm_backward": lambda: (
        lambda g, x, w, b: torch.autograd.grad(NF.batch_norm(x, None, None, w, b, training=True), (x, w, b), g,
                                               create_graph=True),
        (leaf(3, 2, 2), leaf(3, 2, 2, seed=1), leaf(2, seed=2), leaf(2, seed=3))),
    "max_pool3d_backward": lambda: (_pool_gradient(lambda x: NF.max_pool3d(x, 2, stride=(1, 2, 2), padding=1)),
                                    (leaf(1, 2, 4, 3, 3), distinct(1, 2, 3, 4, 4))),
    "adaptive_max_pool3d_backward": lambda: (_pool_gradient(lambda x: NF.adaptive_max_pool3d(x, (2, 2, 3))),
                                             (leaf(1, 2, 2, 2, 3), distinct(1, 2, 3, 4, 5))),
    # the input last: its (zero) gradient has no history, which gradcheck expects after the others
    "prelu_backward": lambda: (lambda g, w, s: ACT.prelu_grad_input(g, s, w),
                               (leaf(2, 3, 2), leaf(3, low=0.1, seed=1), away_from_integers(2, 3, 2, seed=2))),
    "relu": lambda: (torch.relu, (away_from_integers(4),)),
    "sqrt": lambda: (torch.sqrt, (leaf(3, low=0.5, high=2.0),)),
    "abs": lambda: (torch.abs, (away_from_integers(4),)),
    "sign": lambda: (torch.sign, (away_from_integers(4),)),
    "floor": lambda: (torch.floor, (away_from_integers(4),)),
    # the same draws for every rate (a fresh generator): the counts are steps, their slope zero
    "binomial": lambda: (lambda c, q: torch.binomial(c, q, generator=torch.Generator().manual_seed(0)),
                         (leaf(3, low=1, high=20), leaf(3, low=0.1, high=0.9, seed=1))),
    "lu_factor_ex": lambda: (lambda a: torch.linalg.lu_factor_ex(a).LU, (leaf(3, 3),)),
    "lu": lambda: (lambda a: tuple(torch.linalg.lu(a)[1:]), (leaf(2, 3),)),
    "lu_solve": lambda: (lambda lu, b: torch.linalg.lu_solve(lu, torch.linalg.lu_factor(lu.detach()).pivots, b),
                         (leaf(3, 3), leaf(3, 2, seed=1))),
    **{node: functools.partial(_sampler_case, call)
       for node, call in [("UniformBackward0", "uniform_(generator=torch.Generator().manual_seed(0))"),
                          ("NormalBackward0", "normal_(generator=torch.Generator().manual_seed(0))"),
                          ("ExponentialBackward0", "exponential_(generator=torch.Generator().manual_seed(0))"),
                          ("GeometricBackward0", "geometric_(0.5, generator=torch.Generator().manual_seed(0))"),
                          ("LogNormalBackward0", "log_normal_(generator=torch.Generator().manual_seed(0))"),
                          ("CauchyBackward0", "cauchy_(generator=torch.Generator().manual_seed(0))"),
                          ("BernoulliBackward1", "bernoulli_(torch.full((2, 3), 0.5), generator="
                                                 "torch.Generator().manual_seed(0))"),
                          ("BernoulliBackward2", "bernoulli_(0.5, generator=torch.Generator().manual_seed(0))"),
                          ("RandomBackward0", "random_(1, 5, generator=torch.Generator().manual_seed(0))"),
                          ("RandomBackward1", "random_(5, generator=torch.Generator().manual_seed(0))"),
                          ("RandomBackward2", "random_(generator=torch.Generator().manual_seed(0))")]},
    "NormalBackward1": lambda: (lambda m: torch.normal(m, 2.0, generator=torch.Generator().manual_seed(0)),
                                (leaf(3),)),
    "NormalBackward2": lambda: (lambda s: torch.normal(0.0, s, generator=torch.Generator().manual_seed(0)),
                                (leaf(3, low=0.5),)),
    "NormalBackward3": lambda: (lambda m, s: torch.normal(m, s, generator=torch.Generator().manual_seed(0)),
                                (leaf(3), leaf(3, low=0.5, seed=1))),
    "BernoulliBackward0": lambda: (lambda p: torch.bernoulli(p, generator=torch.Generator().manual_seed(0)),
                                   (leaf(3, low=0.1, high=0.9),)),
    "frexp": lambda: (lambda a: torch.frexp(a).mantissa, (leaf(4, low=0.3, high=3.0),)),
    "histogram": lambda: (lambda a: torch.histogram(a, 4).hist, (leaf(5),)),
    "histogramdd_from_bin_cts": lambda: (lambda a: torch.histogramdd(a, [2, 3]).hist, (leaf(4, 2),)),
    "histogramdd_bin_edges": lambda: (lambda a: torch.histogramdd(a, 2).bin_edges[1], (leaf(4, 2),)),
    "bincount": lambda: (lambda w: torch.bincount(torch.tensor([0, 2, 2]), weights=w), (leaf(3),)),
    "linalg_ldl_factor_ex": lambda: (lambda a: torch.linalg.ldl_factor_ex(a + a.mT).LD, (leaf(3, 3),)),
    "linalg_ldl_solve": lambda: (lambda ld, b: torch.linalg.ldl_solve(ld, torch.arange(1, 4, dtype=torch.int32), b),
                                 (leaf(3, 3), leaf(3, 2))),
    "lu_unpack": lambda: (lambda lu: tuple(torch.lu_unpack(lu, torch.tensor([2, 2, 3], dtype=torch.int32))[1:]),
                          (leaf(3, 3),)),
    "unique": lambda: (torch.unique, (leaf(4),)),
    "unique_dim": lambda: (lambda a: torch.unique(a, dim=0), (leaf(2, 3),)),
    "unique_consecutive": lambda: (lambda a: torch.unique_consecutive(a, dim=1), (leaf(2, 3),)),
    "poisson": lambda: (lambda a: torch.poisson(a, generator=torch.Generator().manual_seed(0)),
                        (leaf(4, low=2.0, high=15.0),)),
    "ceil": lambda: (torch.ceil, (away_from_integers(4),)),
    "trunc": lambda: (torch.trunc, (away_from_integers(4),)),
    "round": lambda: (torch.round, (away_from_integers(4),)),
    "frac": lambda: (lambda a: a.frac(), (away_from_integers(4),)),
    "log1p": lambda: (torch.log1p, (leaf(3, low=0.0, high=1.0),)),
    "expm1": lambda: (torch.expm1, (leaf(3),)),
    "log2": lambda: (torch.log2, (leaf(3, low=0.5, high=2.0),)),
    "log10": lambda: (torch.log10, (leaf(3, low=0.5, high=2.0),)),
    "round_decimals": lambda: (lambda x: torch.round(x, decimals=1), (away_from_integers(4),)),
    "rsqrt": lambda: (torch.rsqrt, (leaf(3, low=0.5, high=2.0),)),
    "cumsum": lambda: (lambda a: torch.cumsum(a, 1), (leaf(2, 3),)),
    "reciprocal": lambda: (torch.reciprocal, (leaf(3, low=0.5, high=2.0),)),
    "clamp": lambda: (lambda a: torch.clamp(a, -0.5, 0.5), (away_from_integers(4),)),
    "nan_to_num": lambda: (lambda a: torch.nan_to_num(a, posinf=2.0), (leaf(4),)),
    "tan": lambda: (lambda a: torch.tan(a), (leaf(4),)),
    "asin": lambda: (lambda a: torch.asin(a), (leaf(4, low=-0.8, high=0.8),)),
    "acos": lambda: (lambda a: a.acos(), (leaf(4, low=-0.8, high=0.8),)),
    "atan": lambda: (lambda a: torch.atan(a), (leaf(4, low=-2.0, high=2.0),)),
    "sinh": lambda: (lambda a: torch.sinh(a), (leaf(4),)),
    "cosh": lambda: (lambda a: torch.cosh(a), (leaf(4),)),
    "asinh": lambda: (lambda a: torch.asinh(a), (leaf(4, low=-2.0, high=2.0),)),
    "acosh": lambda: (lambda a: torch.acosh(a), (leaf(4, low=1.5, high=3.0),)),
    "atanh": lambda: (lambda a: torch.atanh(a), (leaf(4, low=-0.8, high=0.8),)),
    "atan2": lambda: (lambda a, b: torch.atan2(a, b), (leaf(3), leaf(2, 3, low=0.5, high=1.0, seed=1))),
    "clamp_min": lambda: (lambda a: torch.clamp_min(a, 0.5), (away_from_integers(4),)),
    "clamp_max": lambda: (lambda a: a.clamp_max(0.5), (away_from_integers(4),)),
    "maximum": lambda: (torch.maximum, (distinct(4), distinct(4, seed=1, offset=0.25))),
    "minimum": lambda: (torch.minimum, (distinct(4), distinct(4, seed=1, offset=0.25))),
    "where": lambda: (lambda a, b: torch.where(target(1, 0, 1) > 0, a, b), (leaf(3), leaf(3, seed=1))),
    "sum": lambda: (torch.sum, (leaf(2, 3),)),
    "sum_dim": lambda: (lambda a: a.sum(1), (leaf(2, 3),)),
    "mean": lambda: (torch.mean, (leaf(2, 3),)),
    "mean_dim": lambda: (lambda a: a.mean(0), (leaf(2, 3),)),
    "prod": lambda: (torch.prod, (leaf(2, 3, low=0.5, high=1.5),)),
    "prod_dim": lambda: (lambda a: a.prod(1), (leaf(2, 3, low=0.5, high=1.5),)),
    "var": lambda: (lambda a: a.var(1), (leaf(2, 3),)),
    "std": lambda: (lambda a: a.std(1), (leaf(2, 3),)),
    "max_all": lambda: (lambda a: a.max(), (distinct(2, 3),)),
    "min_all": lambda: (lambda a: a.min(), (distinct(2, 3),)),
    "amax": lambda: (lambda a: a.amax(1), (distinct(2, 3),)),
    "amin": lambda: (lambda a: a.amin(1), (distinct(2, 3),)),
    "norm": lambda: (lambda a: torch.linalg.vector_norm(a, 3, dim=1), (leaf(2, 3, low=0.2),)),
    # a grid of 1e-9 (the straight-through gradient matches finite differences taken over steps of 1e-3, which
    # the float32 rounding of the output leaves 1e-5 off); 1.5 and -2.0 fall outside the range: gradient 0
    "fake_quantize_per_tensor_affine": lambda: (
        lambda a: torch.fake_quantize_per_tensor_affine(a, 1e-9, 0, -2 ** 30, 2 ** 30),
        (leaf([0.3, -0.7, 1.5, -2.0]),), {"eps": 1e-3}),
    "fake_quantize_per_tensor_affine_tensor_qparams": lambda: (
        lambda a: torch.fake_quantize_per_tensor_affine(a, torch.tensor(1e-9), torch.tensor(0), -2 ** 30, 2 ** 30),
        (leaf([0.3, -0.7, 1.5, -2.0]),), {"eps": 1e-3}),
    "fake_quantize_per_channel_affine": lambda: (
        lambda a: torch.fake_quantize_per_channel_affine(a, torch.tensor([1e-9, 2e-9]),
                                                         torch.tensor([0, 5], dtype=torch.int32), 0, -2 ** 30, 2 ** 30),
        (leaf([[0.3, -0.7], [1.5, -2.5]]),), {"eps": 1e-3}),
    # rows 0 and 2 are over the bound (scaled), row 1 within it (passed through)
    "renorm": lambda: (lambda a: torch.renorm(a, 3, 0, 0.9),
                       (leaf([[1.5, -0.7, 0.9], [0.1, 0.2, -0.3], [0.8, 0.6, -1.1]]),)),
    "cross": lambda: (lambda a, b: torch.linalg.cross(a, b), (leaf(2, 3), leaf(2, 3, seed=1))),
    "inv": lambda: (lambda a: torch.linalg.inv(a), (_well_conditioned(3),)),
    "det": lambda: (lambda a: torch.linalg.det(a), (_well_conditioned(3),)),
    "solve": lambda: (lambda a, b: torch.linalg.solve(a, b), (_well_conditioned(3), leaf(3, 2, seed=1))),
    "svd": lambda: (_svd_invariants, (leaf(4, 3),)),
    "qr": lambda: (lambda a: tuple(torch.linalg.qr(a)), (leaf(4, 3),)),
    "eigh": lambda: (_eigh_invariants, (leaf(3, 3),)),
    "linalg_eig": lambda: (_eig_invariants, (leaf(3, 3),)),
    "cholesky": lambda: (lambda a: torch.linalg.cholesky(a @ a.mT + torch.eye(3, dtype=torch.float64)),
                         (leaf(3, 3),)),
    "cholesky_solve": lambda: (lambda b, a: torch.cholesky_solve(b, a.tril() + 2 * torch.eye(3, dtype=torch.float64)),
                               (leaf(3, 2), leaf(3, 3, seed=1))),
    # the factor's other triangle is never read: PyTorch's formula still fills it, hence tril/triu
    "cholesky_inverse": lambda: (
        lambda a: (torch.cholesky_inverse(a.tril() + 2 * torch.eye(3, dtype=torch.float64)),
                   torch.cholesky_inverse(a.triu() + 2 * torch.eye(3, dtype=torch.float64), upper=True)),
        (leaf(3, 3),)),
    "linalg_solve_triangular": lambda: (
        lambda a, b, c: (torch.linalg.solve_triangular(a + 3 * torch.eye(3, dtype=torch.float64), b, upper=False),
                         torch.linalg.solve_triangular(a + 3 * torch.eye(3, dtype=torch.float64), c, upper=True,
                                                       left=False, unitriangular=True)),
        (leaf(3, 3), leaf(3, 2, seed=1), leaf(2, 3, seed=2))),
    # both outputs (the copy of A too), upper and lower, transposed, unit diagonal
    "triangular_solve": lambda: (
        lambda a, b: (*_triangular_solve(b, a + 3 * torch.eye(3, dtype=torch.float64)),
                      _triangular_solve(b, a + 3 * torch.eye(3, dtype=torch.float64), upper=False,
                                        transpose=True, unitriangular=True).solution),
        (leaf(3, 3), leaf(3, 2, seed=1))),
    "linalg_matrix_exp": lambda: (torch.linalg.matrix_exp, (leaf(3, 3),)),
    "slogdet": lambda: (lambda a: torch.linalg.slogdet(a).logabsdet, (_well_conditioned(3),)),
    "pinv": lambda: (lambda a: torch.linalg.pinv(a), (leaf(3, 2),)),
    "lstsq": lambda: (lambda a, b: tuple(torch.linalg.lstsq(a, b, driver="gelsd")[:2]),
                      (leaf(4, 2), leaf(4, 3, seed=1))),
    "max_dim": lambda: (lambda a: a.max(1).values, (distinct(2, 3),)),
    "min_dim": lambda: (lambda a: a.min(1).values, (distinct(2, 3),)),
    "sort": lambda: (lambda a: a.sort(1).values, (distinct(2, 3),)),
    "sort_stable": lambda: (lambda a: a.sort(dim=0, stable=True, descending=True).values, (distinct(2, 3),)),
    "topk": lambda: (lambda a: a.topk(2, dim=1).values, (distinct(2, 3),)),
    "constant_pad_nd": lambda: (lambda a: NF.pad(a, (1, -1, 2, 0), value=0.5), (leaf(3, 4),)),
    "softmax": lambda: (lambda a: a.softmax(1), (leaf(2, 3),)),
    "log_softmax": lambda: (lambda a: a.log_softmax(1), (leaf(2, 3),)),
    # recorded by log_softmax's backward called with grad mode on (create_graph records its own op)
    "softmax_exp": lambda: (lambda g, o: torch._F.log_softmax_backward(g, o, 1), (leaf(2, 3), leaf(2, 3, seed=1))),
    "logsumexp": lambda: (lambda a: a.logsumexp(1), (leaf(2, 3),)),
    "mm": lambda: (torch.mm, (leaf(2, 3), leaf(3, 2, seed=1))),
    "mv": lambda: (torch.mv, (leaf(2, 3), leaf(3, seed=1))),
    "dot": lambda: (torch.dot, (leaf(3), leaf(3, seed=1))),
    "bmm": lambda: (torch.bmm, (leaf(2, 2, 3), leaf(2, 3, 2, seed=1))),
    "addmm": lambda: (torch.addmm, (leaf(2), leaf(2, 3, seed=1), leaf(3, 2, seed=2))),
    "view": lambda: (lambda a: a.view(3, 2), (leaf(2, 3),)),
    "unsafe_view": lambda: (lambda a: a.t().reshape(6), (leaf(2, 3),)),
    "t": lambda: (lambda a: a.t(), (leaf(2, 3),)),
    "transpose": lambda: (lambda a: a.transpose(0, 2), (leaf(2, 3, 2),)),
    "permute": lambda: (lambda a: a.permute(2, 0, 1), (leaf(2, 3, 2),)),
    "squeeze": lambda: (lambda a: a.squeeze(), (leaf(2, 1, 3),)),
    "squeeze_dim": lambda: (lambda a: a.squeeze(1), (leaf(2, 1, 3),)),
    "squeeze_dims": lambda: (lambda a: a.squeeze((1, 3)), (leaf(2, 1, 3, 1),)),
    "squeeze_mm": lambda: (lambda a, b: a @ b, (leaf(3), leaf(3, 2, seed=1))),
    "unsqueeze": lambda: (lambda a: a.unsqueeze(1), (leaf(2, 3),)),
    "unsqueeze_": lambda: (lambda a: (a * 1).unsqueeze_(1), (leaf(2, 3),)),
    "squeeze_": lambda: (lambda a: (a * 1).squeeze_(), (leaf(2, 1, 3),)),
    "squeeze_dim_": lambda: (lambda a: (a * 1).squeeze_(1), (leaf(2, 1, 3),)),
    "squeeze_dims_": lambda: (lambda a: (a * 1).squeeze_((0, -2)), (leaf(1, 1, 3),)),
    "transpose_": lambda: (lambda a: (a * 1).transpose_(0, 2), (leaf(2, 1, 3),)),
    "t_": lambda: (lambda a: (a * 1).t_(), (leaf(2, 3),)),
    "expand": lambda: (lambda a: a.expand(2, 3), (leaf(1, 3),)),
    "alias": lambda: (lambda a: a[...], (leaf(2, 3),)),
    "unpack_dual": lambda: (_unpack_dual_primal, (leaf(2, 3),)),
    "clone": lambda: (torch.clone, (leaf(2, 3),)),
    "to_copy": lambda: (lambda a: a.to(torch.float32), (leaf(3),), {"eps": 1e-3}),
    "select": lambda: (lambda a: a[1], (leaf(2, 3),)),
    "slice": lambda: (lambda a: a[:, 1:], (leaf(2, 3),)),
    "index": lambda: (lambda a: a[torch.tensor([0, 2, 2])], (leaf(3, 2),)),
    "as_strided_view": lambda: (_mul_into_view(lambda y, v: v * 1), (leaf(2, 3), leaf(3, seed=1))),
    "unbind": lambda: (lambda a: a.unbind(0)[1], (leaf(2, 3),)),
    "split": lambda: (lambda a: a.split(2, 1)[1], (leaf(2, 3),)),
    "masked_fill": lambda: (lambda a: a.masked_fill(target(1, 0, 1) > 0, 0.0), (leaf(3),)),
    "masked_fill_tensor": lambda: (lambda a, v: a.masked_fill(target(1, 0, 1) > 0, v), (leaf(3), leaf(0.5))),
    "scatter_0d": lambda: (lambda a, b: a.scatter(0, torch.tensor(0), b) * a, (leaf(0.5), leaf(0.25))),
    "scatter_value_0d": lambda: (lambda a: a.scatter(0, torch.tensor(0), 2.0) * a, (leaf(0.5),)),
    "scatter_add": lambda: (lambda a, b: a.scatter_add(0, torch.tensor([0, 2, 0]), b), (leaf(3), leaf(3, seed=1))),
    "scatter_reduce": lambda: (lambda a, b: a.scatter_reduce(0, torch.tensor([0, 2, 0]), b, "prod"),
                               (away_from_integers(3), away_from_integers(3, seed=1))),
    "fill": lambda: (lambda a: (a * 1).fill_(2.0) + a, (leaf(3),)),
    "fill_tensor": lambda: (lambda a, v: (a * 1).fill_(v) * a, (leaf(3), leaf(0.5, seed=1))),
    "zero": lambda: (lambda a: (a * 1).zero_() + a, (leaf(3),)),
    "fill_new": lambda: (lambda a: torch.fill(a, 2.0) * a, (leaf(3),)),
    "fill_new_tensor": lambda: (lambda a, v: torch.fill(a, v) * a, (leaf(3), leaf(0.5, seed=1))),
    "copy": lambda: (lambda a, b: (a * 1).copy_(b) * a, (leaf(3), leaf(3, seed=1))),
    "conv2d": lambda: (lambda x, w, b: NF.conv2d(x, w, b, padding=1),
                       (leaf(1, 2, 3, 3), leaf(2, 2, 2, 2, seed=1), leaf(2, seed=2))),
    "conv_transpose2d": lambda: (lambda x, w, b: NF.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1),
                                 (leaf(1, 2, 3, 3), leaf(2, 3, 3, 3, seed=1), leaf(3, seed=2))),
    "conv3d": lambda: (lambda x, w, b: NF.conv3d(x, w, b, stride=(1, 2, 1), padding=1, dilation=(1, 1, 2)),
                       (leaf(1, 2, 3, 4, 5), leaf(2, 2, 2, 2, 2, seed=1), leaf(2, seed=2))),
    "max_pool3d": lambda: (lambda x: NF.max_pool3d(x, 2, stride=(1, 2, 2), padding=1), (distinct(1, 2, 3, 4, 4),)),
    "conv_transpose1d": lambda: (lambda x, w, b: NF.conv_transpose1d(x, w, b, stride=2, padding=1, output_padding=1),
                                 (leaf(2, 2, 4), leaf(2, 3, 3, seed=1), leaf(3, seed=2))),
    "conv_transpose3d": lambda: (lambda x, w, b: NF.conv_transpose3d(x, w, b, stride=(2, 1, 3), padding=(1, 0, 1),
                                                                      output_padding=(1, 0, 2), dilation=(1, 2, 1),
                                                                      groups=2),
                                 (leaf(1, 4, 2, 3, 2), leaf(4, 2, 2, 2, 3, seed=1), leaf(4, seed=2))),
    "max_pool2d": lambda: (lambda x: NF.max_pool2d(x, 2), (distinct(1, 1, 4, 4),)),
    "avg_pool2d": lambda: (lambda x: NF.avg_pool2d(x, 2), (leaf(1, 1, 4, 4),)),
    "avg_pool3d": lambda: (lambda x: NF.avg_pool3d(x, (2, 3, 2), stride=1, padding=1, count_include_pad=False),
                           (leaf(1, 2, 3, 4, 3),)),
    "adaptive_avg_pool3d": lambda: (lambda x: NF.adaptive_avg_pool3d(x, (2, 3, 2)), (leaf(1, 2, 3, 5, 4),)),
    "adaptive_max_pool3d": lambda: (lambda x: NF.adaptive_max_pool3d(x, (2, 2, 3)), (distinct(1, 2, 3, 4, 5),)),
    "adaptive_avg_pool2d": lambda: (lambda x: NF.adaptive_avg_pool2d(x, 2), (leaf(1, 1, 4, 4),)),
    "soft_margin_loss": lambda: (lambda x: NF.soft_margin_loss(x, torch.tensor([1.0, -1.0, -1.0, 1.0],
                                                                                dtype=torch.float64)),
                                 (leaf(4),)),
    "multi_margin_loss": lambda: (lambda x: NF.multi_margin_loss(x, torch.tensor([1, 0, 2]), p=2, margin=0.8,
                                                                  weight=target(1.0, 2.0, 0.5)),
                                  (leaf(3, 3),)),
    "multilabel_margin_loss": lambda: (lambda x: NF.multilabel_margin_loss(x, torch.tensor([[2, 0, -1], [1, -1, 0]])),
                                       (leaf(2, 3),)),
    "ctc_loss": lambda: (lambda x: NF.ctc_loss(x.log_softmax(2), torch.tensor([[1, 2], [2, 2]]), (4, 4), (2, 2)),
                         (leaf(4, 2, 3),)),
    "channel_shuffle": lambda: (lambda a: NF.channel_shuffle(a, 3), (leaf(2, 6, 2),)),
    "pixel_shuffle": lambda: (lambda x: NF.pixel_shuffle(x, 2), (leaf(1, 8, 2, 3),)),
    "pixel_unshuffle": lambda: (lambda x: NF.pixel_unshuffle(x, 2), (leaf(2, 1, 4, 2),)),
    "max_unpool2d": lambda: (lambda x: NF.max_unpool2d(x, torch.tensor([[[[0, 3], [9, 14]]]]), 2),
                             (leaf(1, 1, 2, 2),)),
    "max_unpool3d": lambda: (lambda x: NF.max_unpool3d(x, torch.tensor([[[[[0, 7]], [[20, 31]]]]]), 2),
                             (leaf(1, 1, 2, 1, 2),)),
    "adaptive_max_pool2d": lambda: (lambda x: NF.adaptive_max_pool2d(x, (2, 3)), (distinct(1, 2, 5, 4),)),
    "batch_norm": lambda: (lambda x, w, b: NF.batch_norm(x, None, None, w, b, training=True),
                           (leaf(4, 3), leaf(3, seed=1), leaf(3, seed=2))),
    "mse_loss": lambda: (NF.mse_loss, (leaf(3), leaf(3, seed=1))),
    "nll_loss": lambda: (lambda a: NF.nll_loss(a, torch.tensor([0, 2])), (leaf(2, 3),)),
    "binary_cross_entropy": lambda: (NF.binary_cross_entropy,
                                     (leaf(3, low=0.2, high=0.8), leaf(3, low=0.0, high=1.0, seed=1))),
    "binary_cross_entropy_with_logits": lambda: (NF.binary_cross_entropy_with_logits,
                                                 (leaf(3), leaf(3, low=0.0, high=1.0, seed=1))),
    "nll_loss2d": lambda: (lambda a: NF.nll_loss(a, torch.tensor([[[0, 1], [2, 0]]])), (leaf(1, 3, 2, 2),)),
    "leaky_relu": lambda: (lambda a: NF.leaky_relu(a, 0.1), (away_from_integers(4),)),
    "leaky_relu_result": lambda: (lambda a: NF.leaky_relu(a * 1, 0.1, inplace=True), (away_from_integers(4),)),
    "conv1d": lambda: (lambda x, w, b: NF.conv1d(x, w, b, padding=1), (leaf(1, 2, 5), leaf(3, 2, 2, seed=1),
                                                                     leaf(3, seed=2))),
    "gelu": lambda: (NF.gelu, (leaf(5, low=-3, high=3),)),
    "erf": lambda: (torch.erf, (leaf(5, low=-3, high=3),)),
    "silu": lambda: (NF.silu, (leaf(5, low=-3, high=3),)),
    "elu": lambda: (lambda a: NF.elu(a, 0.7), (away_from_integers(5),)),
    "elu_result": lambda: (lambda a: NF.elu(a * 1, 0.7, inplace=True), (away_from_integers(5),)),
    "celu": lambda: (lambda a: NF.celu(a, 0.5), (away_from_integers(5),)),
    "celu_result": lambda: (lambda a: NF.celu(a * 1, 0.5, inplace=True), (away_from_integers(5),)),
    "mish": lambda: (NF.mish, (leaf(5, low=-3, high=3),)),
    "hardtanh": lambda: (lambda a: NF.hardtanh(a, -1.0, 1.0), (away_from_integers(6),)),
    "hardsigmoid": lambda: (NF.hardsigmoid, (leaf(6, low=-5, high=5),)),
    "hardswish": lambda: (NF.hardswish, (leaf(6, low=-5, high=5),)),
    "logsigmoid": lambda: (NF.logsigmoid, (leaf(5, low=-3, high=3),)),
    "softshrink": lambda: (lambda a: NF.softshrink(a, 0.3), (away_from_integers(6),)),
    "hardshrink": lambda: (lambda a: NF.hardshrink(a, 0.1), (away_from_integers(6),)),
    "threshold": lambda: (lambda a: NF.threshold(a, 0.0, 5.0), (away_from_integers(6),)),
    "threshold_": lambda: (lambda a: NF.threshold_(a * 1, 0.0, 5.0), (away_from_integers(6),)),
    "glu": lambda: (lambda a: NF.glu(a, 1), (leaf(2, 4),)),
    "prelu": lambda: (NF.prelu, (leaf(2, 3, 2, low=-1, high=1), leaf(3, low=0.1, high=0.5, seed=1))),
    "norm_aten": lambda: (NF.pairwise_distance, (leaf(2, 3), leaf(2, 3, seed=1))),
    "add_scalar": lambda: (NF.pairwise_distance, (leaf(2, 3), leaf(2, 3, seed=1))),
    "div_scalar": lambda: (lambda a: NF.cross_entropy(a, target(0.2, 0.3, 0.5, 0.6, 0.3, 0.1).view(2, 3)),
                           (leaf(2, 3),)),
    "mul_scalar": lambda: (lambda a: NF.cross_entropy(a, torch.tensor([0, 2]), label_smoothing=0.1), (leaf(2, 3),)),
    "median": lambda: (torch.median, (distinct(2, 3),)),
    "nanmedian": lambda: (torch.nanmedian, (distinct(5),)),
    "median_dim": lambda: (lambda a: a.median(1).values, (distinct(2, 3),)),
    "nanmedian_dim": lambda: (lambda a: torch.nanmedian(a, 0, keepdim=True).values, (distinct(3, 2),)),
    "mode": lambda: (lambda a: torch.mode(a, 1).values, (distinct(2, 3),)),
    "kthvalue": lambda: (lambda a: a.kthvalue(2, 0).values, (distinct(3, 2),)),
    "nansum": lambda: (lambda a: torch.nansum(a, 1), (leaf(2, 3),)),
    "cumprod": lambda: (lambda a: torch.cumprod(a, 1), (leaf(2, 3, low=0.5, high=1.5),)),
    "erfc": lambda: (lambda a: a.erfc(), (leaf(4),)),
    "lgamma": lambda: (torch.lgamma, (away_from_integers(5),)),
    "digamma": lambda: (lambda a: a.digamma(), (away_from_integers(5),)),
    "polygamma": lambda: (lambda a: torch.polygamma(2, a), (away_from_integers(5),)),
    "polygamma_": lambda: (lambda a: (a * 1).polygamma_(1), (away_from_integers(5),)),
    "mvlgamma": lambda: (lambda a: torch.mvlgamma(a, 3), (leaf(4, low=1.5, high=4.0),)),
    "erfinv": lambda: (torch.erfinv, (leaf(4, low=-0.8, high=0.8),)),
    "affine_grid_generator": lambda: (lambda t: NF.affine_grid(t, (2, 1, 3, 4), align_corners=False),
                                      (leaf(2, 2, 3),)),
    # sampling points away from pixel edges, where bilinear sampling has kinks
    "grid_sampler_2d": lambda: (lambda a, g: NF.grid_sample(a, g, padding_mode="border", align_corners=True),
                                (leaf(1, 2, 4, 5), _grid_points())),
    # both branches of the Bessel series ([0, 8] and beyond), away from 0 where sgn jumps
    "i0": lambda: (torch.i0, (leaf(4, low=0.5, high=12.0),)),
    "special_i0e": lambda: (torch.special.i0e, (leaf(4, low=0.5, high=12.0),)),
    "special_i1": lambda: (torch.special.i1, (leaf(4, low=-12.0, high=-0.5),)),
    "special_i1e": lambda: (torch.special.i1e, (leaf(4, low=0.5, high=12.0),)),
    "logit": lambda: (lambda a: torch.logit(a), (leaf(4, low=0.2, high=0.8),)),
    "cdist": lambda: (lambda a, b: torch.cdist(a, b), (leaf(3, 2), leaf(4, 2, seed=1))),
    "pdist": lambda: (lambda a: torch.pdist(a, 2.5), (leaf(4, 3),)),
    "euclidean_dist": lambda: (lambda a, b: torch.cdist(a, b, compute_mode="use_mm_for_euclid_dist"),
                               (leaf(3, 2), leaf(4, 2, seed=1))),
    "trace": lambda: (torch.trace, (leaf(3, 4),)),
    "diagonal": lambda: (lambda a: a.diagonal(1), (leaf(3, 4),)),
    "diagonal_copy": lambda: (lambda a: torch.diag(a, -1), (leaf(3, 4),)),
    "diagonal_backward": lambda: (lambda a: torch.autograd.grad((a.diagonal() * a.diagonal()).sum(), a,
                                                                create_graph=True)[0], (leaf(3, 3),)),
    "diag_embed": lambda: (lambda a: torch.diag_embed(a, 1), (leaf(2, 3),)),
    "flip": lambda: (lambda a: a.flip(0) * target(1.0, 2.0, 3.0), (leaf(3),)),
    "narrow_copy": lambda: (lambda a: torch.narrow_copy(a, 1, -2, 2) * target(1.0, 2.0), (leaf(2, 3),)),
    "roll": lambda: (lambda a: a.roll((1, -1), (0, 1)), (leaf(2, 3),)),
    "repeat": lambda: (lambda a: a.repeat(2, 1, 3), (leaf(2, 3),)),
    "tril": lambda: (lambda a: a.tril(-1), (leaf(3, 3),)),
    "triu": lambda: (lambda a: torch.triu(a, 1), (leaf(3, 3),)),
    "clamp_tensor": lambda: (lambda a, lo, hi: torch.clamp(a, lo - 1.0, hi + 0.6),
                             (distinct(4), distinct(4, seed=1, offset=0.25), distinct(4, seed=2, offset=0.3))),
    "lerp_scalar": lambda: (lambda a, b: torch.lerp(a, b, 0.3), (leaf(3), leaf(2, 3, seed=1))),
    "lerp_tensor": lambda: (lambda a, b, w: a.lerp(b, w), (leaf(3), leaf(3, seed=1), leaf(2, 3, seed=2))),
    "deg2rad": lambda: (torch.deg2rad, (leaf(3),)),
    "rad2deg": lambda: (lambda a: a.rad2deg(), (leaf(3),)),
    "exp2": lambda: (torch.exp2, (leaf(3),)),
    "sgn": lambda: (torch.sgn, (away_from_integers(4),)),
    "hypot": lambda: (torch.hypot, (leaf(3, low=0.5, high=1.0), leaf(2, 3, seed=1))),
    "logaddexp": lambda: (torch.logaddexp, (leaf(3), leaf(2, 3, seed=1))),
    "addcmul": lambda: (lambda a, b, c: torch.addcmul(a, b, c, value=0.5),
                        (leaf(3), leaf(2, 3, seed=1), leaf(3, seed=2))),
    "addcdiv": lambda: (lambda a, b, c: a.addcdiv(b, c, value=2.0),
                        (leaf(3), leaf(3, seed=1), leaf(2, 3, low=0.5, high=1.5, seed=2))),
    "rot90": lambda: (lambda a: torch.rot90(a, 1, [1, 0]), (leaf(2, 3),)),
    "masked_select": lambda: (lambda a: torch.masked_select(a, target(1, 0, 1) > 0), (leaf(2, 3),)),
    "take": lambda: (lambda a: torch.take(a, torch.tensor([0, 5, 5, -1])), (leaf(2, 3),)),
    # every reduction, with and without self; distinct values keep amax/amin away from ties
    "special_ndtri": lambda: (lambda p: torch.special.ndtri(p), (leaf([0.02, 0.3, 0.6, 0.97]),)),
    # zeta's x has no derivative in PyTorch (special_zeta_scalar_other: NOT_DIFFERENTIABLE); q's is -x zeta(x + 1, q)
    "special_zeta": lambda: (lambda q: torch.special.zeta(torch.tensor([2.5, 3.0, 4.0], dtype=torch.float64), q),
                             (leaf([0.7, 1.5, 3.0]),)),
    "special_zeta_scalar_self": lambda: (lambda q: torch.special.zeta(3.5, q), (leaf([0.7, 1.5, 3.0]),)),
    "special_zeta_scalar_other": lambda: (lambda x: torch.special.zeta(x, 2.0), (leaf([2.5, 3.0]),)),
    # a gamma draw's reparameterized gradient (checked against the gamma cdf below, not by finite
    # differences of the sampler) and its approximations, which PyTorch cannot differentiate
    "_standard_gamma": lambda: (lambda a: _seeded_gamma_draws(a), (leaf([0.3, 1.5, 4.0, 12.0]),)),
    "_standard_gamma_grad": lambda: (lambda a: RG.standard_gamma_grad(a, torch.tensor([0.2, 1.0, 5.0, 11.0],
                                                                                      dtype=torch.float64)),
                                     (leaf([0.3, 1.5, 4.0, 12.0]),)),
    "_dirichlet_grad": lambda: (lambda a: RG.dirichlet_grad(torch.tensor([0.2, 0.5], dtype=torch.float64), a,
                                                            torch.tensor([3.0, 4.0], dtype=torch.float64)),
                                (leaf([1.0, 2.0]),)),
    "index_reduce": lambda: (lambda a, b: sum(a.index_reduce(0, torch.tensor([0, 2, 0]), b, r, include_self=inc)
                                              for r in ("prod", "mean", "amax", "amin") for inc in (True, False)),
                             (leaf([[0.5, 1.5], [2.0, -1.0], [0.7, -0.3]]),
                              leaf([[1.2, -0.8], [0.9, 1.7], [-1.4, 0.6]]))),
    "segment_reduce": lambda: (lambda d: sum(torch.segment_reduce(d, r, lengths=torch.tensor([3, 2, 2]))
                                             for r in ("sum", "prod", "mean", "max", "min")),
                               (leaf([0.5, -1.5, 2.0, 0.7, -0.3, 1.2, 0.9]),)),
    "index_add": lambda: (lambda a, s: torch.index_add(a, 1, torch.tensor([2, 0]), s, alpha=2),
                          (leaf(2, 3), leaf(2, 2, seed=1))),
    "aminmax": lambda: (lambda a: torch.aminmax(a, dim=1), (distinct(2, 3),)),
    "std_mean": lambda: (lambda a: torch.std_mean(a, 1), (leaf(2, 3),)),
    "var_mean": lambda: (lambda a: torch.var_mean(a, 0, keepdim=True), (leaf(3, 2),)),
    "cummax": lambda: (lambda a: torch.cummax(a, 1).values, (distinct(2, 3),)),
    "cummin": lambda: (lambda a: a.cummin(0).values, (distinct(3, 2),)),
    "logcumsumexp": lambda: (lambda a: torch.logcumsumexp(a, 1), (leaf(2, 3),)),
    "fmax": lambda: (torch.fmax, (distinct(4), distinct(4, seed=1, offset=0.25))),
    "fmin": lambda: (torch.fmin, (distinct(4), distinct(4, seed=1, offset=0.25))),
    "xlogy": lambda: (torch.xlogy, (leaf(3), leaf(2, 3, low=0.5, high=2.0, seed=1))),
    "xlogy_scalar_self": lambda: (lambda b: torch.xlogy(2.0, b), (leaf(3, low=0.5, high=2.0),)),
    "xlogy_scalar_other": lambda: (lambda a: torch.xlogy(a, 3.0), (leaf(3),)),
    "sinc": lambda: (torch.sinc, (leaf(4, low=0.1, high=0.9),)),
    "xlog1py": lambda: (torch.special.xlog1py, (leaf(3), leaf(2, 3, low=-0.5, high=2.0, seed=1))),
    "xlog1py_scalar_self": lambda: (lambda b: torch.special.xlog1py(2.0, b), (leaf(3, low=-0.5, high=2.0),)),
    "xlog1py_scalar_other": lambda: (lambda a: torch.special.xlog1py(a, 0.75), (leaf(3),)),
    "entr": lambda: (torch.special.entr, (leaf(4, low=0.2, high=2.0),)),
    "special_log_ndtr": lambda: (torch.special.log_ndtr, (leaf(6, low=-6.0, high=4.0),)),
    "dist": lambda: (lambda a, b: torch.dist(a, b, 3), (leaf(3), leaf(3, seed=1))),
    "index_fill": lambda: (lambda a: a.index_fill(1, torch.tensor([0, 2]), -1.0), (leaf(2, 3),)),
    "index_copy": lambda: (lambda a, s: a.index_copy(0, torch.tensor([1]), s), (leaf(2, 3), leaf(1, 3, seed=1))),
    "slice_scatter": lambda: (lambda a, s: torch.slice_scatter(a, s, 1, 1, None, 2), (leaf(2, 5), leaf(2, 2, seed=1))),
    "select_scatter": lambda: (lambda a, s: a.select_scatter(s, 0, -1), (leaf(3, 2), leaf(2, seed=1))),
    "diagonal_scatter": lambda: (lambda a, s: torch.diagonal_scatter(a, s, -1, 1, 0), (leaf(3, 4), leaf(3, seed=1))),
    "addmv": lambda: (lambda b, m, v: torch.addmv(b, m, v, beta=0.5, alpha=2),
                      (leaf(2), leaf(2, 3, seed=1), leaf(3, seed=2))),
    "addr": lambda: (lambda a, u, v: torch.addr(a, u, v, alpha=3), (leaf(2, 3), leaf(2, seed=1), leaf(3, seed=2))),
    "baddbmm": lambda: (lambda a, p, q: torch.baddbmm(a, p, q, beta=2),
                        (leaf(2, 2), leaf(2, 2, 3, seed=1), leaf(2, 3, 2, seed=2))),
    "addbmm": lambda: (lambda a, p, q: torch.addbmm(a, p, q, beta=2, alpha=0.5),
                       (leaf(2, 2), leaf(3, 2, 4, seed=1), leaf(3, 4, 2, seed=2))),
    # x.eq_(y): 0 or 1 written into x, a zero gradient (values far from a tie, so finite differences agree)
    **{f"{name}_scalar_inplace": functools.partial(
        lambda name: (lambda a: getattr(a.clone(), f"{name}_")(0.0), (away_from_integers(4),)), name)
       for name in ("eq", "ne", "lt", "le", "gt", "ge")},
    **{f"{name}_tensor_inplace": functools.partial(
        lambda name: (lambda a, b: getattr(a.clone(), f"{name}_")(b), (away_from_integers(4), leaf(4, seed=1))), name)
       for name in ("eq", "ne", "lt", "le", "gt", "ge")},
    "nextafter": lambda: (lambda a, b: torch.nextafter(a, b), (leaf(3), leaf(3, seed=1))),
    "reshape_alias": lambda: (lambda a: a.t().reshape(2, 2, 3), (leaf(3, 4),)),
    "unfold": lambda: (lambda a: a.unfold(1, 2, 1), (leaf(2, 4),)),
    "as_strided": lambda: (lambda a: a.as_strided((3, 3), (2, 1), 1), (leaf(2, 4),)),
    "unfold_backward": lambda: (lambda a: torch.autograd.grad((a.unfold(1, 3, 1) ** 2).sum(), a, create_graph=True)[0],
                                (leaf(2, 4),)),
    "copysign": lambda: (torch.copysign, (away_from_integers(4), leaf(4, seed=1))),
    "copysign_scalar": lambda: (lambda a: torch.copysign(a, -1.0), (away_from_integers(4),)),
    "logaddexp2": lambda: (torch.logaddexp2, (leaf(3), leaf(2, 3, seed=1))),
    "masked_scatter": lambda: (lambda a, s: a.masked_scatter(target(1, 0, 1) > 0, s), (leaf(2, 3), leaf(5, seed=1))),
    "put": lambda: (lambda a, s: a.put(torch.tensor([0, 4]), s), (leaf(2, 3), leaf(2, seed=1))),
    "ldexp": lambda: (lambda a, b: torch.ldexp(a, b), (leaf(3), leaf(3, seed=1))),
    "vdot": lambda: (torch.vdot, (leaf(3), leaf(3, seed=1))),
    # Complex ops, checked through real leaves: (..., 2) float tensors read as complex numbers and
    # results taken apart again, so finite differences of real numbers check the complex formulas.
    "complex": lambda: (lambda re, im: torch.complex(re, im).abs(), (leaf(3), leaf(3, seed=1))),
    "polar": lambda: (lambda r, t: torch.view_as_real(torch.polar(r, t)), (leaf(3, low=0.5, high=2.0), leaf(3))),
    "view_as_real": lambda: (lambda w: torch.view_as_real(torch.view_as_complex(w) * (1 + 2j)), (leaf(3, 2),)),
    "view_as_complex": lambda: (lambda w: torch.view_as_complex(w).abs(), (leaf(3, 2),)),
    "conj": lambda: (lambda w: torch.view_as_complex(w).conj().imag * 3, (leaf(3, 2),)),
    "conj_physical": lambda: (lambda w: torch.view_as_real(torch.view_as_complex(w).conj_physical() * (2 - 1j)),
                              (leaf(3, 2),)),
    "resolve_conj": lambda: (lambda w: torch.view_as_real(torch.view_as_complex(w).conj().resolve_conj()),
                             (leaf(3, 2),)),
    "angle": lambda: (lambda w: torch.view_as_complex(w).angle(), (leaf(3, 2, low=0.2, high=1.0),)),
    "sgn_complex": lambda: (lambda w: torch.view_as_real(torch.view_as_complex(w).sgn()),
                            (leaf(3, 2, low=0.2, high=1.0),)),
    "mm_complex": lambda: (lambda a, b: torch.view_as_real(torch.view_as_complex(a) @ torch.view_as_complex(b)),
                           (leaf(2, 3, 2), leaf(3, 2, 2, seed=1))),
    "mv_complex": lambda: (lambda a, v: torch.view_as_real(torch.view_as_complex(a) @ torch.view_as_complex(v)),
                           (leaf(2, 3, 2), leaf(3, 2, seed=1))),
    "exp_complex": lambda: (_through_complex("exp"), (leaf(3, 2, low=0.2, high=1.0),)),
    "log_complex": lambda: (_through_complex("log"), (leaf(3, 2, low=0.2, high=1.0),)),
    "sqrt_complex": lambda: (_through_complex("sqrt"), (leaf(3, 2, low=0.2, high=1.0),)),
    "sin_complex": lambda: (_through_complex("sin"), (leaf(3, 2, low=0.2, high=1.0),)),
    "cos_complex": lambda: (_through_complex("cos"), (leaf(3, 2, low=0.2, high=1.0),)),
    "tanh_complex": lambda: (_through_complex("tanh"), (leaf(3, 2, low=0.2, high=1.0),)),
    "sigmoid_complex": lambda: (_through_complex("sigmoid"), (leaf(3, 2, low=0.2, high=1.0),)),
    "reciprocal_complex": lambda: (_through_complex("reciprocal"), (leaf(3, 2, low=0.2, high=1.0),)),
    "cumprod_complex": lambda: (lambda w: torch.view_as_real(torch.view_as_complex(w).cumprod(0)),
                                (leaf(4, 2, low=0.2, high=1.0),)),
    "dot_complex": lambda: (lambda a, b: torch.view_as_real(torch.view_as_complex(a).dot(torch.view_as_complex(b))),
                            (leaf(3, 2), leaf(3, 2, seed=1))),
    # torch.fft's three ops: a complex leaf checked as PyTorch's gradcheck checks one (Wirtinger derivatives,
    # complex outputs as their imaginary and real parts); rfft padded past the input (n=6 of 5), irfft of odd length
    "_fft_c2c": lambda: (lambda c: torch.fft.fft2(c, norm="ortho"),
                         (torch.view_as_complex(leaf(2, 2, 2).detach()).requires_grad_(),)),
    "_fft_r2c": lambda: (lambda a: torch.fft.rfft(a, n=8), (leaf(5),)),
    "_fft_c2r": lambda: (lambda w: torch.fft.irfft(torch.view_as_complex(w), n=8, norm="forward"), (leaf(4, 2),)),
    **{f"upsample_{kind}": functools.partial(_upsampled, shape, options)
       for kind, (shape, options) in _UPSAMPLINGS.items()},
    **{f"upsample_{kind}_backward": functools.partial(_upsample_gradient, shape, options)
       for kind, (shape, options) in _UPSAMPLINGS.items()},
    **_SPARSE_CASES,
}

# Rules whose backward the engine computes outside its own ops, so that it cannot be
# differentiated again, although PyTorch can. Each is a known gap, checked at first order only.
_NUMPY_GRADIENT = ("its gradient is computed by numpy kernels, so differentiating it again raises "
                   "NotImplementedError (record._not_differentiable_again)")
FIRST_ORDER_ONLY: dict[str, str] = {
    **dict.fromkeys(_SPARSE_CASES, "a known gap: the engine's sparse ops record no graph of their own, so a sparse "
                                   "gradient cannot be differentiated again (PyTorch's can)"),
    **dict.fromkeys(("native_layer_norm_backward", "native_batch_norm_backward"),
                    "PyTorch's node takes the forward's mean and 1/std as inputs without gradient, so its third "
                    "derivative leaves out their dependence on the input: gradgradcheck fails on PyTorch too"),
    "segment_reduce": "PyTorch has no derivative for _segment_reduce_backward either (its node refuses)",
    "conv_transpose2d": _NUMPY_GRADIENT,
    "conv_transpose1d": _NUMPY_GRADIENT,
    "conv3d": _NUMPY_GRADIENT,
    "conv_transpose3d": _NUMPY_GRADIENT,
    "grid_sampler_2d": _NUMPY_GRADIENT,
    "avg_pool2d_backward": _NUMPY_GRADIENT,
    "adaptive_avg_pool2d_backward": _NUMPY_GRADIENT,
    "avg_pool3d_backward": _NUMPY_GRADIENT,
    "adaptive_avg_pool3d_backward": _NUMPY_GRADIENT,
    "linalg_eig": _NUMPY_GRADIENT,
    "cdist": "PyTorch cannot differentiate its gradient (_cdist_backward) either: the engine's node refuses "
             "with PyTorch's message",
    "pdist": "PyTorch cannot differentiate its gradient (_pdist_backward) either: the engine's node refuses "
             "with PyTorch's message",
    "hardsigmoid": "PyTorch cannot differentiate its gradient either: the engine gives it PyTorch's "
                   "NotImplemented node",
    "multi_margin_loss": "PyTorch cannot differentiate its gradient either: the engine gives it PyTorch's "
                         "NotImplemented node",
    "multilabel_margin_loss": "PyTorch cannot differentiate its gradient either: the engine gives it PyTorch's "
                              "NotImplemented node",
    "ctc_loss": "PyTorch cannot differentiate its gradient (_ctc_loss_backward) either: the engine gives it "
                "PyTorch's NotImplemented node",
    "_standard_gamma": "PyTorch cannot differentiate its gradient (_standard_gamma_grad) either: the engine "
                       "gives it PyTorch's refusing node",
}


def _case(name: str):
    """(function, leaves, gradcheck options): eps is 1e-6 unless the case says otherwise."""
    case = CASES[name]()
    fn, inputs = case[0], case[1]
    extra: dict = case[2] if len(case) > 2 else {}
    options = {"eps": 1e-6, **extra}
    return fn, inputs, options


def _rules_in_graph(outputs) -> set:
    seen, stack, rules = set(), [o.grad_fn for o in outputs if o.grad_fn is not None], set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        rule = getattr(node, "_rule", None)
        if rule is not None:
            rules.add(rule.name)
        stack.extend(n for n, _ in node.next_functions)
    return rules


# Rules whose node refuses at backward, as PyTorch's does: the in-place forms it has no derivative for.
REFUSING = {f"{name}_inplace": (name, values) for name, values in
            (("asinh", [0.5, 1.5]), ("acosh", [1.5, 2.5]), ("atanh", [0.3, -0.5]))}


def test_every_rule_in_the_table_has_a_check():
    assert sorted(set(RULES) - set(CASES) - set(REFUSING)) == [], "add a case to CASES for each new table entry"
    assert sorted(set(CASES) - set(RULES)) == [], "a case for a rule the table no longer has"
    assert set(FIRST_ORDER_ONLY) <= set(RULES) and set(REFUSING) <= set(RULES)


@pytest.mark.parametrize("rule", sorted(REFUSING))
def test_a_refusing_rule_raises_pytorchs_error_at_backward(rule):
    name, values = REFUSING[rule]
    y = leaf(values).clone()
    getattr(y, f"{name}_")()
    assert type(y.grad_fn).__name__ == f"{name.capitalize()}Backward1"
    with pytest.raises(NotImplementedError, match=f"the derivative for 'inplace version of {name}' is not implemented"):
        y.sum().backward()


# Rules whose every formula refuses, as PyTorch's node does: backward ops PyTorch cannot differentiate.
NOT_DIFFERENTIABLE = {
    "cdist_backward": (NotImplementedError, "the derivative for '_cdist_backward' is not implemented."),
    "pdist_backward": (NotImplementedError, "the derivative for '_pdist_backward' is not implemented."),
    "hardsigmoid_backward": (RuntimeError, "derivative for aten::hardsigmoid_backward is not implemented"),
    "binomial": (RuntimeError, "derivative for aten::binomial is not implemented"),
    "histogram": (RuntimeError, "derivative for aten::histogram is not implemented"),
    "histogramdd_from_bin_cts": (RuntimeError, "derivative for aten::_histogramdd_from_bin_cts is not implemented"),
    "histogramdd_bin_edges": (RuntimeError, "derivative for aten::_histogramdd_bin_edges is not implemented"),
    "bincount": (RuntimeError, "derivative for aten::bincount is not implemented"),
    "linalg_ldl_factor_ex": (RuntimeError, "derivative for aten::linalg_ldl_factor_ex is not implemented"),
    "linalg_ldl_solve": (RuntimeError, "derivative for aten::linalg_ldl_solve is not implemented"),
    "unique": (NotImplementedError, "the derivative for '_unique2' is not implemented."),
    "unique_dim": (NotImplementedError, "the derivative for 'unique_dim' is not implemented."),
    "unique_consecutive": (NotImplementedError, "the derivative for 'unique_consecutive' is not implemented."),
    "special_zeta_scalar_other": (NotImplementedError, "the derivative for 'zeta' is not implemented."),
    "_standard_gamma_grad": (NotImplementedError, "the derivative for '_standard_gamma_grad' is not implemented."),
    "_dirichlet_grad": (NotImplementedError, "the derivative for '_dirichlet_grad' is not implemented."),
}


def test_a_backward_op_pytorch_cannot_differentiate_refuses_with_its_message():
    for name, (error, message) in NOT_DIFFERENTIABLE.items():
        fn, inputs, _ = _case(name)
        out = fn(*inputs)
        assert name in _rules_in_graph((out,))
        with pytest.raises(error, match=message):
            torch.autograd.grad(out.sum(), inputs)


# Samples whose value moves with a parameter, where PyTorch's formula still sends back zeros (normal's mean
# and std): finite differences would see the slope, PyTorch's autograd does not.
ZERO_THOUGH_SLOPED = ("NormalBackward1", "NormalBackward2", "NormalBackward3")


@pytest.mark.parametrize("name", ZERO_THOUGH_SLOPED)
def test_a_sample_from_tensor_parameters_sends_back_zeros(name):
    fn, inputs, _ = _case(name)
    out = fn(*inputs)
    assert name in _rules_in_graph((out,))
    grads = torch.autograd.grad(out.sum(), inputs)
    assert all(g is not None and not g.numpy().any() for g in grads)


def _gamma_cdf(alpha: float, x: float) -> float:
    """The regularized lower incomplete gamma function P(alpha, x), by its power series."""
    term = total = 1.0 / alpha
    n = 0
    while abs(term) > 1e-18 * abs(total):
        n += 1
        term *= x / (alpha + n)
        total += term
    return total * math.exp(alpha * math.log(x) - x - math.lgamma(alpha))


# Draws whose gradient is not the sampler's slope at fixed noise but the implicit one, dx/dalpha at a fixed
# cdf value, -(d cdf / d alpha) / pdf: checked against that, through the cdf's own finite differences.
IMPLICIT = ("_standard_gamma",)


def test_a_gamma_draws_gradient_keeps_its_cdf_value():
    fn, (alpha,), _ = _case("_standard_gamma")
    draws = fn(alpha)
    assert "_standard_gamma" in _rules_in_graph((draws,))
    grads, = torch.autograd.grad(draws.sum(), alpha)
    for a, x, g in zip(alpha.tolist(), draws.tolist(), grads.tolist()):
        h = 1e-6 * a
        d_cdf = (_gamma_cdf(a + h, x) - _gamma_cdf(a - h, x)) / (2 * h)
        pdf = math.exp((a - 1) * math.log(x) - x - math.lgamma(a))
        assert g == pytest.approx(-d_cdf / pdf, rel=2e-3)  # ATen's approximation, good to ~1e-3


@pytest.mark.parametrize("name", sorted(set(RULES) - set(REFUSING) - set(NOT_DIFFERENTIABLE) - set(ZERO_THOUGH_SLOPED)
                                       - set(IMPLICIT)))
def test_the_rules_gradient_matches_finite_differences(name):
    fn, inputs, options = _case(name)
    out = fn(*inputs)
    outputs = out if isinstance(out, tuple) else (out,)
    assert name in _rules_in_graph(outputs), f"the case for {name!r} does not record its rule"
    assert torch.autograd.gradcheck(fn, inputs, atol=1e-5, rtol=1e-3, **options)


@pytest.mark.parametrize("name", sorted(set(RULES) - set(FIRST_ORDER_ONLY) - set(REFUSING) - set(NOT_DIFFERENTIABLE)
                                       - set(ZERO_THOUGH_SLOPED)))
def test_the_rules_formula_can_be_differentiated_again(name):
    torch.manual_seed(0)
    fn, inputs, options = _case(name)
    if name == "to_copy":   # its output is float32, so are the gradients checked: PyTorch warns too
        with pytest.warns(UserWarning, match="Input #1 requires gradient and is not a double precision"):
            assert torch.autograd.gradgradcheck(fn, inputs, atol=1e-5, rtol=1e-3, **options)
        return
    assert torch.autograd.gradgradcheck(fn, inputs, atol=1e-5, rtol=1e-3, **options)


@pytest.mark.parametrize("name", sorted(n for n, why in FIRST_ORDER_ONLY.items() if why is _NUMPY_GRADIENT))
def test_a_gradient_made_by_numpy_kernels_refuses_to_be_differentiated_again(name):
    fn, inputs, _ = _case(name)
    out = fn(*inputs)
    grads = torch.autograd.grad((out * out).sum(), inputs, create_graph=True)
    assert type(grads[0].grad_fn).__name__.endswith("BackwardBackward0")
    with pytest.raises(NotImplementedError, match="not available in the embedded engine"):
        torch.autograd.grad(grads[0].sum(), inputs[0])


def test_frac_passes_the_gradient_through_unchanged():
    x = torch.tensor([1.25, -2.75, 0.5], dtype=torch.float64, requires_grad=True)
    x.frac().backward(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))
    assert x.grad.tolist() == [1.0, 2.0, 3.0]
    assert type(x.frac().grad_fn).__name__ == "FracBackward0"
