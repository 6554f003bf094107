"""The tensor operations behind ``torch.*`` and the ``Tensor`` methods, one module per topic.

Each function checks its arguments the way PyTorch does (same errors), picks the result dtype
with PyTorch's promotion rules, computes on numpy arrays, and calls ``record`` so the result
carries the right ``grad_fn`` (its rule is the op's entry in ``derivatives.py``).

The modules, each importing only those before it: ``_common``, ``creation`` (and random),
``inplace``, ``_complex_kernels``, ``pointwise`` (promotion and element-wise), ``shapes`` (and views),
``indexing``, ``reductions``, ``linalg``, ``decompositions``, ``special``, ``gamma``, ``arrange``,
``statistics``, ``complex_ops`` (complex tensors' own ops), ``conversions``, ``autograd_entry``, ``parser``
(PyTorch's argument errors at the public entries). This package re-exports every name, so
``functions.name`` works whatever the module.
"""
from __future__ import annotations

from autograd_tui.engine.functions._common import (  # noqa: F401
    _R, _allocate, _allocation_error, _broadcast_error, _check_device, _filled, _finish_creation, _norm_dims,
    _scalar_type_name, _type_name, _shape_arg, accepts_size_keyword, broadcast_shapes,
    check_argument, check_int, check_number, check_numbers, invalid_combination, wrap,
)
from autograd_tui.engine.functions.creation import (  # noqa: F401
    _creation, _float_dtype, _generator, _like, _resolve_dtype, arange, as_tensor, asarray,
    bernoulli, empty, empty_like, empty_strided, strided_empty,
    eye, from_numpy, full, full_like, get_rng_state, initial_seed, linspace, logspace, manual_seed, multinomial,
    binomial, normal,
    ones, ones_like, poisson, rand, rand_like, randint, randint_like, randn, randn_like, randperm, seed,
    set_rng_state, tensor, zeros, zeros_like,
)
from autograd_tui.engine.functions.inplace import (  # noqa: F401
    _can_cast, _inplace, _inplace_binary, _inplace_unary, _sampler, _write_into, copy_, fill, fill_, inplace_clamp,
    zero_,
)
from autograd_tui.engine.functions.clamping import (  # noqa: F401
    clamp, clamp_bound_backward, clamp_mask, clamp_max, clamp_min, clamp_tensor_backward, clip, nan_to_num,
)
from autograd_tui.engine.functions.pointwise import (  # noqa: F401
    _SAME_SIZE_INT, _alpha_op, _as_data, _binary, _check_bool_sub, _check_int_pow, _check_operand, _compare,
    _integer_division, _logical, _number_dtype, _operand, _power_by_scalar, _require_tensor, _result_dtype,
    OVERLOADS, _select, _true_div_dtype, is_operand, _unary, _unary_fn, acos, acosh, add, arccos,
    arccosh,
    arcsin, arcsinh, arctan, arctan2, arctanh, asin, asinh, atan, atan2, atanh, cosh, sinh, bitwise_and,
    bitwise_left_shift, bitwise_right_shift,
    bitwise_not, bitwise_or, bitwise_xor, ceil, cos, div, divide,
    eq, exp, expm1, floor, floor_divide, fmod, frac, ge, greater, greater_equal, gt, le, lerp, less, less_equal,
    log, log10, log1p, log2, logical_and, logical_not, logical_or, lt, maximum, minimum, mul, mul_operands_known,
    multiply,
    ne, neg, negative, nonzero, not_equal, pow, pow_by_number,
    reciprocal, relu, remainder, round, rsqrt, rsub, sigmoid, sign, sin,
    sqrt, square, sub, sub_operands_known,
    subtract, tan, tanh, tanh_backward, sigmoid_backward, threshold_backward, true_divide, trunc,
    where, mul_scalar, div_scalar, add_scalar,
)
from autograd_tui.engine.functions.shapes import (  # noqa: F401
    _cat_formula, _first, _infer_shape, _multi_rule, _multi_rules, _shape_arg_allow_neg, _shares_memory,
    _split_rules, _stack_formula, _view_op, _viewable, atleast_1d, atleast_2d, atleast_3d, column_stack, dstack,
    movedim, moveaxis, ravel, broadcast_to, cat, cat_grads, chunk, clone, concat,
    concatenate, contiguous, expand, expand_as, flatten, hstack, inverse_permutation, mT, mH, adjoint, matrix_H,
    numpy_T, permute,
    repeat, repeat_backward, reshape, reshape_as, split, split_with_sizes, unsafe_chunk, unsafe_split,
    unsafe_split_with_sizes, squeeze, stack, stack_grads, swapaxes, swapdims, t,
    transpose, tril,
    triu, unbind, unflatten, unsqueeze, unsqueeze_, unsqueeze_dims, squeeze_, transpose_, t_, resize_,
    resize_as_, as_strided, view, view_as, vstack,
)
from autograd_tui.engine.functions.indexing import (  # noqa: F401
    _dims_consumed, _gather_for, _index_put_rules, _index_rule, _index_rules, _numpy_key, _slice_int,
    as_strided_backward, embed, embed_zero, fill_diagonal_, flip, gather, getitem, index, index_backward, index_put,
    index_select,
    masked_fill, masked_fill_,
    narrow, narrow_copy,
    scatter, scatter_, scatter_add, scatter_add_, scatter_reduce, scatter_reduce_, scatter_reduce_backward,
    select, setitem, slice_op, take_along_dim,
)
from autograd_tui.engine.functions.reductions import (  # noqa: F401
    _arg_extreme, _check_float_reduction, _check_nonempty, _correction, _extreme, _max_along, _reduced_dtype,
    _scatter_into_zeros, implicit_softmax_dim, _value_index_reduction, _var_args,
    _warn_dof, all, amax, cumulative, amin, any, argmax, argmin, argsort, count_nonzero, evenly_distribute,
    extreme_backward, log_softmax, log_softmax_backward, logsumexp, max, max_min, mean, min, norm, norm_backward, prod,
    prod_backward, scatter_back, softmax, softmax_backward, sort, std, std_backward, sum, topk, var, var_backward,
    vector_norm, aten_norm,
    bincount, histc, histogram, unique,
)
from autograd_tui.engine.functions.linalg import (  # noqa: F401
    _batched_matmul, _c_type, _check_same_dtype, _column_major, addmm, bmm, det, det_backward,
    LinAlgError, ger, inner, inv, inverse, matrix_power, linalg_matrix_power, matrix_power_method, solve,
    solve_backward_A, solve_backward_B, cross, linalg_cross,
    einsum,
    mm_in_layout, mm_of_transposed, mv, outer, product_data, scaled,
)
from autograd_tui.engine.functions.decompositions import (  # noqa: F401
    cholesky, cholesky_backward, eigh, eigh_backward, eigvalsh, linalg_qr, linalg_svd, lstsq, lstsq_backward_A,
    lstsq_backward_B, matrix_rank, pinv, pinv_backward, qr_backward, slogdet, slogdet_backward, svd,
    svd_backward, svdvals, torch_slogdet, qr, torch_cholesky, pinverse, logdet, cholesky_solve, cholesky_inverse,
    cholesky_inverse_backward,
    cholesky_solve_backward_input2, cholesky_solve_backward_self, linalg_solve_triangular,
    solve_triangular_backward, matrix_exp, matrix_exp_backward,
)
from autograd_tui.engine.functions.lu import (  # noqa: F401
    lu as linalg_lu, lu_factor as linalg_lu_factor, lu_factor_ex as linalg_lu_factor_ex,
    lu_solve as linalg_lu_solve, lu_unpack, lu_unpack_backward, lu_backward, lu_factor_ex_backward, lu_solve_backward,
)
from autograd_tui.engine.functions.ldl import (  # noqa: F401
    ldl_factor as linalg_ldl_factor, ldl_factor_ex as linalg_ldl_factor_ex, ldl_solve as linalg_ldl_solve,
)
from autograd_tui.engine.functions.special import (  # noqa: F401
    addcdiv, addcmul, deg2rad, erf, erfc, erfinv, exp2, hypot, logaddexp, logit, rad2deg, signbit, fmax, fmin,
    xlogy, sinc, float_power, copysign, logaddexp2, heaviside, logical_xor, isposinf, isneginf, isreal, positive, fix,
    scalar_tensor, gcd, lcm, ldexp, frexp, nextafter, vdot, zeta,
)
from autograd_tui.engine.functions.gamma import (  # noqa: F401
    digamma, lgamma, mvlgamma, polygamma, polygamma_inplace_result, polygamma_method,
)
from autograd_tui.engine.functions.bessel import (  # noqa: F401
    i0, special_i0, special_i0e, special_i1, special_i1e,
)
from autograd_tui.engine.functions.scatter_views import (  # noqa: F401
    diagonal_scatter, select_scatter, slice_scatter,
)
from autograd_tui.engine.functions.windows import (  # noqa: F401
    bartlett_window, blackman_window, hamming_window, hann_window, kaiser_window,
)
from autograd_tui.engine.functions.arrange import (  # noqa: F401
    block_diag, cartesian_prod, diag, diag_embed, diagonal, diagonal_backward, diff, fliplr, flipud, kron, meshgrid,
    gradient,
    repeat_interleave, roll, tensordot, tile, trace, trace_backward, rot90, masked_select, masked_select_backward,
    take, take_backward, index_add, argwhere, isin, tril_indices, triu_indices, tensor_split, hsplit,
    vsplit, dsplit, index_fill, index_copy, combinations, unique_consecutive, diagflat, unfold, unfold_backward,
    broadcast_tensors, unravel_index, masked_fill_where, masked_scatter, masked_scatter_backward, put,
    put_backward_self, put_backward_source,
)
from autograd_tui.engine.functions.index_reduce_op import (  # noqa: F401
    index_reduce, index_reduce_grad_self, index_reduce_grad_source,
)
from autograd_tui.engine.functions.segment_reduce_op import segment_reduce, segment_reduce_grad  # noqa: F401
from autograd_tui.engine.functions.statistics import (  # noqa: F401
    bucketize, cdist, cdist_backward, pdist, pdist_backward, euclidean_dist_backward_x1, euclidean_dist_backward_x2,
    cumsum, cumprod,
    cumprod_backward, kthvalue, median, mode, nanmean,
    nanmedian, nanquantile, nansum, nansum_backward, quantile, searchsorted, aminmax, aminmax_backward, std_mean,
    var_mean, moments_backward, cummax, cummin, cummaxmin_backward, logcumsumexp, logcumsumexp_backward, dist, msort,
    trapezoid, trapz, cumulative_trapezoid, addmv, addr, baddbmm, addbmm, vander,
)
from autograd_tui.engine.functions.covariance import cov, corrcoef  # noqa: F401
from autograd_tui.engine.functions.histogram_dd import histogram, histogramdd  # noqa: F401,F811 - weights checked
from autograd_tui.engine.functions.conversions import (  # noqa: F401
    _same_dtype_check, allclose, can_cast, equal, is_floating_point, is_tensor, isclose, isfinite, isinf, isnan,
    numel, promote_types, result_type, to,
)
from autograd_tui.engine.functions.autograd_entry import (  # noqa: F401
    _grad, _make_root_grads, autograd_backward, autograd_grad, copy_for_grad,
)
from autograd_tui.engine.functions.parser import (  # noqa: F401
    alpha_first, call_error, parsed, refused, with_alpha_first, with_parser_errors,
)
from autograd_tui.engine._tensor import (  # noqa: F401 - reached as functions.name
    ArgumentTypeError, Size, Tensor, _user_stacklevel, index_dim, make, norm_dim, strided, warn_once,
)
from autograd_tui.engine.functions.complex_ops import (  # noqa: F401,E402 - after the real ops they extend
    abs, abs_, absolute, angle, angle_backward, complex, conj, conj_physical, dot, eig, eigvals, imag, is_conj,
    matmul, mm, polar, real, resolve_conj, sgn, sgn_backward, to_real, view_as_complex, view_as_real,
)
from autograd_tui.engine._nested import infer_array  # noqa: F401 - reached as functions.name
from autograd_tui.engine.functions.renorm_op import renorm  # noqa: F401,E402
from autograd_tui.engine.functions.fake_quantize import (  # noqa: F401,E402
    fake_quantize_per_channel_affine, fake_quantize_per_tensor_affine,
)
from autograd_tui.engine.record import RULES, Rule, record, sum_to  # noqa: F401

# Inside torch.autocast these run in its lower precision dtype (their tensor arguments cast first;
# einsum and tensordot are matrix products in PyTorch), and prod in float32.
from autograd_tui.engine.amp import _full_precision_op  # noqa: E402
from autograd_tui.engine.amp import _lower_precision_op  # noqa: E402

mm, bmm, addmm, matmul, baddbmm, addbmm, einsum, tensordot = (
    _lower_precision_op(f) for f in (mm, bmm, addmm, matmul, baddbmm, addbmm, einsum, tensordot))
prod = _full_precision_op(prod)
