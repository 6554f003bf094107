# What is inside a state_dict?
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.Flatten(), nn.Linear(8, 1))
for k, v in model.state_dict().items():
    print(f"{k:28s} {str(tuple(v.shape)):14s} {v.dtype}")
print(type(model.state_dict()).__name__)
print(len(list(model.parameters())), len(model.state_dict()))
print([n for n, b in model.named_buffers()])
