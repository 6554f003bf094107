"""``torch.nn``: modules, parameters, and (as submodules) ``functional`` and ``init``."""
from autograd_tui.engine.nn import functional, init  # noqa: F401 - torch.nn.functional / torch.nn.init
from autograd_tui.engine.nn.modules import *  # noqa: F401,F403
from autograd_tui.engine.nn.modules import __all__ as _modules_all
from autograd_tui.engine.nn.parameter import Buffer, Parameter, UninitializedParameter

__all__ = ["Parameter", "Buffer", "UninitializedParameter", "functional", "init"] + list(_modules_all)


# PyTorch's layers that the embedded engine does not have, named so that using one says where it exists.
_ONLY_IN_PYTORCH = (
    "AdaptiveAvgPool1d", "AdaptiveAvgPool3d", "AdaptiveLogSoftmaxWithLoss", "AdaptiveMaxPool1d",
    "AdaptiveMaxPool2d", "AdaptiveMaxPool3d", "AlphaDropout", "AvgPool1d", "AvgPool3d", "BatchNorm3d",
    "Bilinear", "CELU", "CTCLoss", "ChannelShuffle", "CircularPad1d", "CircularPad2d", "CircularPad3d",
    "ConstantPad1d", "ConstantPad2d", "ConstantPad3d", "Conv1d", "Conv3d", "ConvTranspose1d",
    "ConvTranspose2d", "ConvTranspose3d", "CosineEmbeddingLoss", "CosineSimilarity", "CrossMapLRN2d", "ELU",
    "EmbeddingBag", "FeatureAlphaDropout", "Fold", "FractionalMaxPool2d", "FractionalMaxPool3d", "GELU",
    "GLU", "GaussianNLLLoss", "GroupNorm", "Hardshrink", "Hardsigmoid", "Hardswish", "Hardtanh",
    "HingeEmbeddingLoss", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d", "KLDivLoss", "LPPool1d",
    "LPPool2d", "LPPool3d", "LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyConv1d",
    "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d",
    "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d", "LinearCrossEntropyLoss",
    "LocalResponseNorm", "LogSigmoid", "MarginRankingLoss", "MaxPool1d", "MaxPool3d", "MaxUnpool1d",
    "MaxUnpool2d", "MaxUnpool3d", "Mish", "MultiLabelMarginLoss", "MultiLabelSoftMarginLoss",
    "MultiMarginLoss", "MultiheadAttention", "NLLLoss2d", "PReLU", "PairwiseDistance", "ParameterDict",
    "ParameterList", "PixelShuffle", "PixelUnshuffle", "PoissonNLLLoss", "RMSNorm", "RReLU", "ReLU6",
    "ReflectionPad1d", "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d",
    "ReplicationPad3d", "SELU", "SiLU", "SoftMarginLoss", "Softmax2d", "Softmin", "Softshrink", "Softsign",
    "SyncBatchNorm", "Tanhshrink", "Threshold", "Transformer", "TransformerDecoder",
    "TransformerDecoderLayer", "TransformerEncoder", "TransformerEncoderLayer", "TripletMarginLoss",
    "TripletMarginWithDistanceLoss", "Unfold", "Upsample", "UpsamplingBilinear2d", "UpsamplingNearest2d",
    "ZeroPad1d", "ZeroPad2d", "ZeroPad3d"
)


def __getattr__(name: str):
    if name == "utils":  # torch.nn.utils, loaded on first use
        import importlib
        return importlib.import_module(f"{__name__}.utils")
    if name in _ONLY_IN_PYTORCH:
        raise AttributeError(f"module 'torch.nn' has no attribute '{name}'\n"
                             f"torch.nn.{name} is not in the embedded engine; real PyTorch has it "
                             "(run with --backend torch).")
    raise AttributeError(f"module 'torch.nn' has no attribute '{name}'")
