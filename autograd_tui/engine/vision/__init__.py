"""``torchvision`` as the embedded engine provides it: ``torchvision.models.resnet18`` and its weights."""
from autograd_tui.engine.vision import models  # noqa: F401

__version__ = "0.28.0"
