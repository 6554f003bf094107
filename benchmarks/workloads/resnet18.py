"""resnet18 forward and backward on one 224×224 image, frozen except a new head."""
import json

import torch
import torchvision
from step_timing import clock  # a sibling file: wall time, or CPU time under run.py --trees
from torch import nn

torch.manual_seed(0)
model = torchvision.models.resnet18(weights=None)
for param in model.parameters():
    param.requires_grad = False
model.fc = nn.Linear(512, 10)
image = torch.randn(1, 3, 224, 224)
model(image).sum().backward()  # warm up
best = float("inf")
for _ in range(3):
    t0 = clock()
    model(image).sum().backward()
    best = min(best, clock() - t0)
print(json.dumps({"forward_backward_s": best}))
