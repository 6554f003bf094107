"""More of the argument parser's hand-written signatures (``parser.py`` holds the core table and
is full): the ATen entries torch.nn.functional calls (``torch.dropout``, ``torch.layer_norm``, ...),
the scatter forms of the view ops, the unsafe splits, the deprecated norms and histogramdd."""
from __future__ import annotations

# torch.dropout, torch.layer_norm, ...: the ops torch.nn.functional calls (nn/_aten_entries.py)
_DROPOUT = ("(Tensor input, float p, bool train)",)
_NORMS = ("(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var, bool {}, "
          "float momentum, float eps, bool cudnn_enabled)")
_MAX_POOL = ("(Tensor input, tuple of ints[1] kernel_size, tuple of ints[1] stride = (), tuple of ints[1] padding = 0, "
             "tuple of ints[1] dilation = 1, bool ceil_mode = False)",)
_RRELU = ("(Tensor input, Number lower = 0.125, Number upper = 0.3333333333333333, bool training = False, "
          "torch.Generator? generator = None)",)
MORE_SIGNATURES: dict[str, tuple[str, ...]] = {
    "fake_quantize_per_tensor_affine": (
        "(Tensor input, Tensor scale, Tensor zero_point, int quant_min, int quant_max)",
        "(Tensor input, float scale, int zero_point, int quant_min, int quant_max)"),
    "fake_quantize_per_channel_affine": (
        "(Tensor input, Tensor scale, Tensor zero_point, int axis, int quant_min, int quant_max)",),
    "slice_scatter": ("(Tensor input, Tensor src, int dim = 0, int? start = None, int? end = None, int step = 1)",),
    "select_scatter": ("(Tensor input, Tensor src, int dim, int index)",),
    "diagonal_scatter": ("(Tensor input, Tensor src, int offset = 0, int dim1 = 0, int dim2 = 1)",),
    **dict.fromkeys(("dropout", "dropout_", "alpha_dropout", "alpha_dropout_", "feature_dropout", "feature_dropout_",
                     "feature_alpha_dropout", "feature_alpha_dropout_"), _DROPOUT),
    "layer_norm": ("(Tensor input, tuple of ints normalized_shape, Tensor? weight = None, Tensor? bias = None, "
                   "float eps = 1e-05, bool cudnn_enable = True)",),
    "batch_norm": (_NORMS.format("training"),), "instance_norm": (_NORMS.format("use_input_stats"),),
    "group_norm": ("(Tensor input, int num_groups, Tensor? weight = None, Tensor? bias = None, float eps = 1e-05, "
                   "bool cudnn_enabled = True)",),
    "max_pool1d": _MAX_POOL, "max_pool2d": _MAX_POOL, "max_pool3d": _MAX_POOL,
    "selu": ("(Tensor input)",), "selu_": ("(Tensor input)",),
    "celu": ("(Tensor input, Number alpha = 1.0)",), "celu_": ("(Tensor input, Number alpha = 1.0)",),
    "threshold": ("(Tensor input, Number threshold, Number value, *, Tensor out = None)",),
    "threshold_": ("(Tensor input, Number threshold, Number value)",),
    "rrelu": _RRELU, "rrelu_": _RRELU,
    "embedding": ("(Tensor weight, Tensor indices, int padding_idx = -1, bool scale_grad_by_freq = False, "
                  "bool sparse = False)",),
    "kl_div": ("(Tensor input, Tensor target, int reduction = at::Reduction::Mean, *, bool log_target = False)",),
    "binary_cross_entropy_with_logits": ("(Tensor input, Tensor target, Tensor? weight = None, "
                                         "Tensor? pos_weight = None, int reduction = at::Reduction::Mean)",),
    "rms_norm": ("(Tensor input, tuple of ints normalized_shape, Tensor? weight = None, float? eps = None)",),
    "unsafe_split_with_sizes": ("(Tensor input, tuple of ints split_sizes, int dim = 0)",),
    "segment_reduce": ("(Tensor data, str reduce, *, Tensor? lengths = None, Tensor? indices = None, "
                       "Tensor? offsets = None, int axis = 0, bool unsafe = False, Number? initial = None)",),
    "unsafe_split": ("(Tensor input, int split_size, int dim = 0)",),
    "unsafe_chunk": ("(Tensor input, int chunks, int dim = 0)",),
    "frobenius_norm": ("(Tensor input, tuple of ints[1] dim, bool keepdim = False, *, Tensor out = None)",),
    "histogramdd": tuple(f"(Tensor input, {bins} bins, tuple of floats range = None, Tensor weight = None, "
                         "bool density = False)" for bins in ("int", "tuple of ints", "tuple of Tensors")),
    "nuclear_norm": ("(Tensor input, tuple of ints dim, bool keepdim = False, *, Tensor out = None)",
                     "(Tensor input, bool keepdim = False, *, Tensor out = None)"),
}
