"""What a missing name raises: PyTorch's own AttributeError, naming ``torch.nn``, never the engine.

For a name that real PyTorch has and the embedded engine lacks, the message gains one line
saying so, and that ``--backend torch`` runs it; ``hasattr`` still answers False.
"""
from __future__ import annotations

from typing import Callable

# Names of real PyTorch 2.13 that learners reach for and the engine does not implement.
KNOWN: dict[str, frozenset[str]] = {
    "torch": frozenset("""
        fft special func distributions utils jit onnx sparse quantization profiler amp
        multiprocessing distributed export fx masked nested overrides package signal mps xpu
        compiler library futures ao monitor hub testing random return_types types
        lstsq svd_lowrank pca_lowrank cdist tensordot kron cartesian_prod combinations
        bucketize searchsorted meshgrid diag diag_embed diagonal trace roll rot90 repeat_interleave
        tile kthvalue median mode quantile nanmean nansum cummax cummin cumprod logcumsumexp
        erf erfc erfinv lgamma digamma polygamma sinc logit hypot copysign heaviside i0
        bitwise_left_shift bitwise_right_shift logical_xor gcd lcm
        complex view_as_real view_as_complex polar angle real imag conj stft istft
        vmap use_deterministic_algorithms set_float32_matmul_precision bincount block_diag
        """.split()),
    "torch.nn": frozenset("""
        LSTM RNN GRU LSTMCell RNNCell GRUCell Embedding EmbeddingBag LayerNorm GroupNorm
        InstanceNorm1d InstanceNorm2d LazyLinear LazyConv2d Transformer TransformerEncoder
        TransformerEncoderLayer TransformerDecoder TransformerDecoderLayer MultiheadAttention
        Dropout1d Dropout2d Dropout3d AlphaDropout ConvTranspose1d ConvTranspose2d Conv3d
        MaxPool3d AvgPool3d AdaptiveMaxPool2d Upsample PixelShuffle Bilinear Softplus Softsign
        Hardtanh Hardswish Hardsigmoid Mish SiLU GELU ELU SELU CELU PReLU RReLU GLU Threshold
        SmoothL1Loss HuberLoss KLDivLoss PoissonNLLLoss GaussianNLLLoss CTCLoss
        MarginRankingLoss HingeEmbeddingLoss CosineEmbeddingLoss TripletMarginLoss
        MultiLabelMarginLoss MultiMarginLoss CosineSimilarity PairwiseDistance Unfold Fold
        ParameterDict ChannelShuffle ZeroPad2d ReflectionPad2d ReplicationPad2d ConstantPad2d
        """.split()),
    "torch.nn.functional": frozenset("""
        softplus softsign smooth_l1_loss huber_loss kl_div layer_norm group_norm instance_norm
        embedding one_hot gelu silu elu selu celu mish hardtanh hardswish hardsigmoid glu
        leaky_relu_ cosine_similarity pairwise_distance pad interpolate upsample grid_sample
        affine_grid unfold fold pixel_shuffle dropout1d dropout2d dropout3d alpha_dropout
        scaled_dot_product_attention multi_head_attention_forward triplet_margin_loss
        margin_ranking_loss hinge_embedding_loss poisson_nll_loss gaussian_nll_loss ctc_loss
        conv_transpose1d conv_transpose2d conv3d max_pool3d avg_pool3d adaptive_max_pool2d
        normalize gumbel_softmax rrelu prelu threshold logsigmoid tanhshrink softshrink
        hardshrink softmin
        """.split()),
    "torch.optim": frozenset("""
        RMSprop Adagrad Adadelta Adamax NAdam RAdam LBFGS SparseAdam ASGD Rprop lr_scheduler
        swa_utils
        """.split()),
    "torch.autograd": frozenset("forward_ad graph profiler anomaly_mode variable".split()),
    "torch.linalg": frozenset("""
        svd svdvals eig eigh eigvals eigvalsh qr cholesky lstsq pinv matrix_rank matrix_power
        matrix_exp slogdet cond lu lu_factor multi_dot tensorinv tensorsolve householder_product
        vecdot diagonal cholesky_ex inv_ex solve_ex
        """.split()),
}


def no_attribute(module: str, name: str) -> AttributeError:
    """PyTorch's AttributeError for ``module.name``, with a line for a name only real PyTorch has."""
    message = f"module '{module}' has no attribute '{name}'"
    if name in KNOWN.get(module, ()):
        message += (f"\n{module}.{name} exists in real PyTorch but not in the embedded engine; "
                    "`--backend torch` runs it.")
    return AttributeError(message)


def module_getattr(module: str) -> Callable[[str], object]:
    """A module-level ``__getattr__`` that raises :func:`no_attribute` for ``module``."""
    def __getattr__(name: str) -> object:
        raise no_attribute(module, name)
    return __getattr__
