"""``torch.nn.modules``: every layer class, re-exported by ``torch.nn``."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn.modules.activation import (
    CELU, CosineSimilarity, ELU, GELU, GLU, Hardshrink, Hardsigmoid, Hardswish, Hardtanh, LeakyReLU, LogSigmoid,
    LogSoftmax, Mish, PReLU, PairwiseDistance, ReLU, ReLU6, RReLU, SELU, SiLU, Sigmoid, Softmax, Softmin, Softplus,
    Softmax2d, Softshrink, Softsign, Tanh, Tanhshrink, Threshold,
)
from autograd_tui.engine.nn.modules.adaptive import AdaptiveLogSoftmaxWithLoss
from autograd_tui.engine.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d, SyncBatchNorm
from autograd_tui.engine.nn.modules.container import ModuleDict, ModuleList, ParameterDict, ParameterList, Sequential
from autograd_tui.engine.nn.modules.conv import (Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d,
                                                  ConvTranspose3d)
from autograd_tui.engine.nn.modules.dropout import (AlphaDropout, Dropout, Dropout1d, Dropout2d, Dropout3d,
                                                     FeatureAlphaDropout)
from autograd_tui.engine.nn.modules.flatten import Flatten, Unflatten
from autograd_tui.engine.nn.modules.fold import Fold, Unfold
from autograd_tui.engine.nn.modules.linear import Bilinear, Identity, LazyLinear, Linear
from autograd_tui.engine.nn.modules.lazy import (LazyBatchNorm1d, LazyBatchNorm2d, LazyBatchNorm3d, LazyConv1d,
                                                  LazyConv2d, LazyConv3d, LazyConvTranspose1d, LazyConvTranspose2d,
                                                  LazyConvTranspose3d, LazyInstanceNorm1d, LazyInstanceNorm2d,
                                                  LazyInstanceNorm3d)
from autograd_tui.engine.nn.modules.loss import (BCELoss, BCEWithLogitsLoss, CosineEmbeddingLoss, CrossEntropyLoss,
                                                  CTCLoss,
                                                  GaussianNLLLoss, HingeEmbeddingLoss, L1Loss, HuberLoss, KLDivLoss,
                                                  MarginRankingLoss, MSELoss, MultiLabelMarginLoss,
                                                  MultiLabelSoftMarginLoss, MultiMarginLoss,
                                                  NLLLoss,
                                                  PoissonNLLLoss, SmoothL1Loss, SoftMarginLoss, TripletMarginLoss,
                                                  TripletMarginWithDistanceLoss)
from autograd_tui.engine.nn.modules.module import Module, init_named as _init_named
from autograd_tui.engine.nn.modules.instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d
from autograd_tui.engine.nn.modules.multihead import MultiheadAttention
from autograd_tui.engine.nn.modules.normalization import GroupNorm, LayerNorm, LocalResponseNorm, RMSNorm
from autograd_tui.engine.nn.modules.padding import __all__ as _padding_all
from autograd_tui.engine.nn.modules.padding import *  # noqa: F401,F403
from autograd_tui.engine.nn.modules.pixelshuffle import PixelShuffle, PixelUnshuffle
from autograd_tui.engine.nn.modules.channelshuffle import ChannelShuffle
from autograd_tui.engine.nn.modules.pooling import (AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveMaxPool1d,
                                                     AdaptiveMaxPool2d, AvgPool1d, AvgPool2d, MaxPool1d, MaxPool2d,
                                                     MaxPool3d, LPPool1d, LPPool2d, LPPool3d, MaxUnpool1d, MaxUnpool2d,
                                                     MaxUnpool3d, FractionalMaxPool2d, AvgPool3d,
                                                     AdaptiveAvgPool3d, AdaptiveMaxPool3d)
from autograd_tui.engine.nn.modules.rnn import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNBase, RNNCell, RNNCellBase
from autograd_tui.engine.nn.modules.sparse import Embedding, EmbeddingBag
from autograd_tui.engine.nn.modules.transformer import (Transformer, TransformerDecoder, TransformerDecoderLayer,
                                                         TransformerEncoder, TransformerEncoderLayer)
from autograd_tui.engine.nn.modules.upsampling import Upsample, UpsamplingBilinear2d, UpsamplingNearest2d

__all__ = [
    "Module", "Sequential", "ModuleList", "ModuleDict", "Linear", "Identity", "Conv2d", "BatchNorm1d", "BatchNorm2d",
    "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "Flatten", "Unflatten", "Dropout", "ReLU", "LeakyReLU", "Sigmoid",
    "Tanh", "Softmax", "LogSoftmax", "MSELoss", "L1Loss", "NLLLoss", "CrossEntropyLoss", "BCELoss",
    "BCEWithLogitsLoss", "SmoothL1Loss", "HuberLoss", "Softplus", "Dropout1d", "Dropout2d", "Dropout3d",
    "LazyLinear", "LayerNorm", "RMSNorm", "Embedding", "RNNBase", "RNN", "LSTM", "GRU", "RNNCellBase", "RNNCell",
    "LSTMCell", "GRUCell", "GELU", "SiLU", "ELU", "CELU", "SELU", "Mish", "Hardtanh", "ReLU6", "Hardsigmoid",
    "Hardswish", "LogSigmoid", "Softsign", "Tanhshrink", "Softshrink", "Hardshrink", "Threshold", "GLU", "Softmin",
    "PReLU", "CosineSimilarity", "PairwiseDistance", "Conv1d", "MaxPool1d", "AvgPool1d", "AdaptiveAvgPool1d",
    "ParameterList", "ParameterDict", "KLDivLoss", "GroupNorm", "LocalResponseNorm", "InstanceNorm1d",
    "InstanceNorm2d", "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d", "ConvTranspose2d",
    "ConvTranspose1d", "Conv3d", "MaxPool3d", "MultiheadAttention", "LazyConv1d", "LazyConv2d", "LazyBatchNorm1d",
    "LazyBatchNorm2d", "EmbeddingBag", "TransformerEncoderLayer", "TransformerEncoder", "TransformerDecoderLayer",
    "TransformerDecoder", "Transformer", "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "MaxUnpool1d", "MaxUnpool2d",
    "LPPool1d", "LPPool2d", "LPPool3d", "MaxUnpool3d", "FractionalMaxPool2d", "AlphaDropout", "FeatureAlphaDropout",
    "CosineEmbeddingLoss", "Fold", "Unfold",
    "MarginRankingLoss", "TripletMarginLoss", "MultiLabelSoftMarginLoss", "PoissonNLLLoss",
    "TripletMarginWithDistanceLoss", "GaussianNLLLoss", "HingeEmbeddingLoss", "PixelShuffle", "PixelUnshuffle",
    "SoftMarginLoss", "Softmax2d", "MultiMarginLoss", "MultiLabelMarginLoss", "CTCLoss", "RReLU", "Bilinear",
    "ChannelShuffle", "BatchNorm3d", "InstanceNorm3d", "AvgPool3d", "AdaptiveAvgPool3d", "AdaptiveMaxPool3d",
    "LazyConv3d", "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
    "ConvTranspose3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d", "SyncBatchNorm",
    "AdaptiveLogSoftmaxWithLoss",
] + list(_padding_all)


_missing.hide_submodules(__name__, "torch.nn.modules", (
    "activation", "adaptive", "batchnorm", "channelshuffle", "container", "conv", "dropout", "flatten", "fold",
    "instancenorm", "lazy", "linear", "loss", "module", "normalization", "padding", "pixelshuffle", "pooling", "rnn",
    "sparse", "transformer", "upsampling"))


# PyTorch's own __init__ of these names the class in argument errors; the engine's share a base's.
for _name in ("AvgPool2d", "CELU", "CircularPad1d", "CircularPad2d", "CircularPad3d", "ConstantPad1d", "ConstantPad2d",
              "ConstantPad3d", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
              "ELU", "Hardshrink",
              "Hardsigmoid", "Hardswish", "MaxUnpool1d", "MaxUnpool2d", "Mish", "ReflectionPad1d", "ReflectionPad2d",
              "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d", "ReplicationPad3d", "SELU", "SiLU",
              "Softmax", "Softmin", "Softshrink", "ZeroPad1d", "ZeroPad2d", "ZeroPad3d", "LazyConv1d", "LazyConv2d",
              "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d"):
    _init_named(globals()[_name], _name)
for _name in ("LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d",
              "LazyInstanceNorm3d"):  # and these PyTorch's private base
    _init_named(globals()[_name], "_LazyNormBase")
