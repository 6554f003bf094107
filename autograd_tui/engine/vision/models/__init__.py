"""``torchvision.models``: ResNet-18 with torchvision's architecture, names and weight enums."""
from typing import Any

from autograd_tui.engine.vision.models import resnet
from autograd_tui.engine.vision.models._api import Weights, WeightsEnum
from autograd_tui.engine.vision.models.resnet import BasicBlock, ResNet, ResNet18_Weights, resnet18

__all__ = ["ResNet", "BasicBlock", "ResNet18_Weights", "resnet18", "Weights", "WeightsEnum",
           "get_model_weights"]


def get_model_weights(name: Any) -> type:
    """The weights enum of a model, by name or by builder function."""
    table = {"resnet18": resnet.ResNet18_Weights, resnet.resnet18: resnet.ResNet18_Weights}
    if name not in table:
        raise ValueError(f"Unknown model {name}")
    return table[name]
