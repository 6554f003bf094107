"""A stand-in ``torchvision`` for recording golden files under real PyTorch.

torchvision's wheel cannot be installed beside the oracle's torch, so this package rebuilds
the part the engine mirrors -- ``torchvision.models.resnet18`` with its architecture, module
names, initialisation order and legacy-argument warnings -- from real ``torch.nn`` modules.
Same architecture means the same reprs, parameter counts, state-dict keys and seeded weights.
``tools/record_golden.py`` puts this folder on the path only when real torchvision is missing.
"""
from . import models  # noqa: F401

__version__ = "0.28.0"
