"""What a missing name raises: PyTorch's own AttributeError, naming ``torch.nn``, never the engine.

For a name that real PyTorch has and the embedded engine lacks, the message gains one line
saying so, and that ``--backend torch`` runs it; ``hasattr`` still answers False.
"""
from __future__ import annotations

from typing import Callable, Iterable

# Names of real PyTorch 2.13 that learners reach for and the engine does not implement.
KNOWN: dict[str, frozenset[str]] = {
    "torch": frozenset("""
        fft special distributions utils jit onnx sparse quantization profiler amp
        multiprocessing distributed export fx masked nested overrides package signal mps xpu
        compiler library futures ao monitor hub testing random return_types types
        lstsq svd_lowrank pca_lowrank cdist tensordot kron cartesian_prod combinations
        bucketize searchsorted meshgrid diag diag_embed diagonal trace roll rot90 repeat_interleave
        tile kthvalue median mode quantile nanmean nansum cummax cummin cumprod logcumsumexp
        erf erfc erfinv lgamma digamma polygamma sinc logit hypot copysign heaviside i0
        logical_xor gcd lcm
        complex view_as_real view_as_complex polar angle real imag conj stft istft
        use_deterministic_algorithms set_float32_matmul_precision bincount block_diag
        eig cholesky_inverse triangular_solve lu lu_solve lu_unpack
        matrix_power matrix_exp geqrf orgqr ormqr lobpcg
        """.split()),
    "torch.nn": frozenset("""
        LSTM RNN GRU LSTMCell RNNCell GRUCell Embedding EmbeddingBag LayerNorm GroupNorm
        InstanceNorm1d InstanceNorm2d LazyLinear LazyConv2d Transformer TransformerEncoder
        TransformerEncoderLayer TransformerDecoder TransformerDecoderLayer MultiheadAttention
        Dropout1d Dropout2d Dropout3d AlphaDropout ConvTranspose1d ConvTranspose2d Conv3d
        MaxPool3d AvgPool3d AdaptiveMaxPool2d Upsample PixelShuffle Bilinear Softplus
        RReLU
        SmoothL1Loss HuberLoss  PoissonNLLLoss GaussianNLLLoss CTCLoss
        MarginRankingLoss HingeEmbeddingLoss CosineEmbeddingLoss TripletMarginLoss
        MultiLabelMarginLoss MultiMarginLoss Unfold Fold
         ChannelShuffle ZeroPad2d ReflectionPad2d ReplicationPad2d ConstantPad2d
        """.split()),
    "torch.nn.functional": frozenset("""
        softplus smooth_l1_loss huber_loss  layer_norm group_norm instance_norm
        embedding one_hot
        leaky_relu_ pad interpolate upsample grid_sample
        affine_grid unfold fold pixel_shuffle dropout1d dropout2d dropout3d alpha_dropout
        scaled_dot_product_attention multi_head_attention_forward triplet_margin_loss
        margin_ranking_loss hinge_embedding_loss poisson_nll_loss gaussian_nll_loss ctc_loss
        conv_transpose1d conv_transpose2d conv3d max_pool3d avg_pool3d adaptive_max_pool2d
        gumbel_softmax rrelu
        """.split()),
    "torch.optim": frozenset("""
        RMSprop Adagrad Adadelta Adamax NAdam RAdam LBFGS SparseAdam ASGD Rprop lr_scheduler
        swa_utils
        """.split()),
    "torch.func": frozenset("""
        functionalize linearize stack_module_state replace_all_batch_norm_modules_ debug_unwrap
        """.split()),
    "torch.autograd": frozenset("profiler anomaly_mode variable".split()),
    "torch.linalg": frozenset("""
        svd svdvals eig eigh eigvals eigvalsh qr cholesky lstsq pinv matrix_rank matrix_power
        matrix_exp slogdet cond lu lu_factor multi_dot tensorinv tensorsolve householder_product
        vecdot diagonal cholesky_ex inv_ex solve_ex
        """.split()),
}


# More of PyTorch's nn surface that learners reach for.
KNOWN["torch.nn"] = KNOWN["torch.nn"] | frozenset("""
    AdaptiveAvgPool1d AdaptiveAvgPool3d AdaptiveLogSoftmaxWithLoss AdaptiveMaxPool1d
    AdaptiveMaxPool2d AdaptiveMaxPool3d AlphaDropout AvgPool1d AvgPool3d BatchNorm3d Bilinear
    CELU CTCLoss ChannelShuffle CircularPad1d CircularPad2d CircularPad3d ConstantPad1d
    ConstantPad2d ConstantPad3d Conv1d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d
    CosineEmbeddingLoss CosineSimilarity CrossMapLRN2d ELU EmbeddingBag FeatureAlphaDropout Fold
    FractionalMaxPool2d FractionalMaxPool3d GELU GLU GaussianNLLLoss GroupNorm Hardshrink
    Hardsigmoid Hardswish Hardtanh HingeEmbeddingLoss InstanceNorm1d InstanceNorm2d
    InstanceNorm3d KLDivLoss LPPool1d LPPool2d LPPool3d LazyBatchNorm1d LazyBatchNorm2d
    LazyBatchNorm3d LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d LazyConvTranspose2d
    LazyConvTranspose3d LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d
    LinearCrossEntropyLoss LocalResponseNorm LogSigmoid MarginRankingLoss MaxPool1d MaxPool3d
    MaxUnpool1d MaxUnpool2d MaxUnpool3d Mish MultiLabelMarginLoss MultiLabelSoftMarginLoss
    MultiMarginLoss MultiheadAttention NLLLoss2d PReLU PairwiseDistance ParameterDict
     PixelShuffle PixelUnshuffle PoissonNLLLoss RMSNorm RReLU ReLU6 ReflectionPad1d
    ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d SELU SiLU
    SoftMarginLoss Softmax2d Softmin Softshrink Softsign SyncBatchNorm Tanhshrink Threshold
    Transformer TransformerDecoder TransformerDecoderLayer TransformerEncoder
    TransformerEncoderLayer TripletMarginLoss TripletMarginWithDistanceLoss Unfold Upsample
    UpsamplingBilinear2d UpsamplingNearest2d ZeroPad1d ZeroPad2d ZeroPad3d
""".split())
KNOWN["torch.nn.functional"] = KNOWN["torch.nn.functional"] | frozenset("""
    adaptive_avg_pool1d adaptive_avg_pool3d adaptive_max_pool1d adaptive_max_pool1d_with_indices
    adaptive_max_pool2d adaptive_max_pool2d_with_indices adaptive_max_pool3d
    adaptive_max_pool3d_with_indices affine_grid alpha_dropout avg_pool1d avg_pool3d bilinear
    celu celu_ channel_shuffle conv1d conv3d conv_tbc conv_transpose1d conv_transpose2d
    conv_transpose3d cosine_embedding_loss cosine_similarity ctc_loss elu elu_ embedding_bag
    feature_alpha_dropout fold fractional_max_pool2d fractional_max_pool2d_with_indices
    fractional_max_pool3d fractional_max_pool3d_with_indices gaussian_nll_loss gelu glu
    grid_sample group_norm gumbel_softmax hardshrink hardsigmoid hardswish hardtanh hardtanh_
    hinge_embedding_loss instance_norm interpolate kl_div leaky_relu_ linear_cross_entropy
    local_response_norm logsigmoid lp_pool1d lp_pool2d lp_pool3d margin_ranking_loss max_pool1d
    max_pool1d_with_indices max_pool3d max_pool3d_with_indices max_unpool1d max_unpool2d
    max_unpool3d mish multi_head_attention_forward multi_margin_loss multilabel_margin_loss
    multilabel_soft_margin_loss native_channel_shuffle normalize pairwise_distance pdist
    pixel_shuffle pixel_unshuffle poisson_nll_loss prelu relu6 rms_norm rrelu rrelu_
    scaled_dot_product_attention selu selu_ silu soft_margin_loss softmin softshrink softsign
    tanhshrink threshold threshold_ triplet_margin_loss triplet_margin_with_distance_loss unfold
    upsample upsample_bilinear upsample_nearest
""".split())


def no_attribute(module: str, name: str, known: Iterable[str] = ()) -> AttributeError:
    """PyTorch's AttributeError for ``module.name``, with a line for a name only real PyTorch has
    (listed in ``KNOWN``, or in the module's own ``known``)."""
    message = f"module '{module}' has no attribute '{name}'"
    if name in KNOWN.get(module, ()) or name in known:
        message += (f"\n{module}.{name} exists in real PyTorch but not in the embedded engine; "
                    "`--backend torch` runs it.")
    return AttributeError(message)


def module_getattr(module: str) -> Callable[[str], object]:
    """A module-level ``__getattr__`` that raises :func:`no_attribute` for ``module``."""
    def __getattr__(name: str) -> object:
        raise no_attribute(module, name)
    return __getattr__
