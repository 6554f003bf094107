"""Inspecting a model: children, named_modules, and counting layers by type."""
from collections import Counter

import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 4, 3), nn.ReLU(),
    nn.Sequential(nn.Conv2d(4, 8, 3), nn.ReLU()),
    nn.Flatten(), nn.Linear(8, 2),
)
print([type(m).__name__ for m in model.children()])
print([name for name, _ in model.named_modules()])
print(Counter(type(m).__name__ for m in model.modules()))
print(model[2][0])
