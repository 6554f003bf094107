"""``torch.nn.modules``: every layer class, re-exported by ``torch.nn``."""
from autograd_tui.engine.nn.modules.activation import LeakyReLU, LogSoftmax, ReLU, Sigmoid, Softmax, Tanh
from autograd_tui.engine.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d
from autograd_tui.engine.nn.modules.container import ModuleDict, ModuleList, Sequential
from autograd_tui.engine.nn.modules.conv import Conv2d
from autograd_tui.engine.nn.modules.dropout import Dropout
from autograd_tui.engine.nn.modules.flatten import Flatten, Unflatten
from autograd_tui.engine.nn.modules.linear import Identity, Linear
from autograd_tui.engine.nn.modules.loss import (BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss,
                                                  MSELoss, NLLLoss)
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.modules.pooling import AdaptiveAvgPool2d, AvgPool2d, MaxPool2d

__all__ = [
    "Module", "Sequential", "ModuleList", "ModuleDict", "Linear", "Identity", "Conv2d", "BatchNorm1d",
    "BatchNorm2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "Flatten", "Unflatten", "Dropout",
    "ReLU", "LeakyReLU", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "MSELoss", "L1Loss", "NLLLoss",
    "CrossEntropyLoss", "BCELoss", "BCEWithLogitsLoss",
]
