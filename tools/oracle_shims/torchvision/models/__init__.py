"""``torchvision.models.resnet18`` for the oracle (see the package docstring)."""
from .resnet import BasicBlock, ResNet, ResNet18_Weights, resnet18  # noqa: F401
