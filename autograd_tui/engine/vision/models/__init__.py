"""``torchvision.models``: ResNet-18 with torchvision's architecture, names and weight enums."""
from autograd_tui.engine.vision.models._api import Weights, WeightsEnum, get_model_weights
from autograd_tui.engine.vision.models.resnet import BasicBlock, ResNet, ResNet18_Weights, resnet18

__all__ = ["ResNet", "BasicBlock", "ResNet18_Weights", "resnet18", "Weights", "WeightsEnum",
           "get_model_weights"]
