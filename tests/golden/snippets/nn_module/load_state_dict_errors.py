import torch
from torch import nn

model = nn.Linear(3, 2)
print(model.load_state_dict({"weight": torch.ones(2, 3), "bias": torch.zeros(2)}))
print(model.weight)
try:
    model.load_state_dict({"weight": torch.ones(2, 3)})
except RuntimeError as e:
    print(e)
try:
    model.load_state_dict({"weight": torch.ones(3, 3), "bias": torch.zeros(2), "extra": torch.zeros(1)})
except RuntimeError as e:
    print(e)
print(model.load_state_dict({"bias": torch.ones(2), "other": torch.ones(1)}, strict=False))
print(model.bias)
