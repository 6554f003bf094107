"""Learner-sized training loops, the kind a tutorial has a learner type: a 20→64→1 regression
(MSE, plain SGD, batch 64) and a 4→16→3 classifier (cross-entropy, SGD with momentum, batch 32).
Small enough that every float32 product and sum takes the engine's exact (PyTorch-order) paths."""
import json

import torch
from step_timing import best_seconds  # a sibling file
from torch import nn, optim

torch.manual_seed(0)
regressor = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
reg_opt = optim.SGD(regressor.parameters(), lr=0.01)
reg_x = torch.randn(64, 20)
reg_y = reg_x[:, :3].sum(dim=1, keepdim=True) + 0.1 * torch.randn(64, 1)

classifier = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))
cls_opt = optim.SGD(classifier.parameters(), lr=0.1, momentum=0.9)
cls_x = torch.randn(32, 4)
cls_y = torch.randint(0, 3, (32,))
mse, cross_entropy = nn.MSELoss(), nn.CrossEntropyLoss()


def regression_step():
    reg_opt.zero_grad()
    loss = mse(regressor(reg_x), reg_y)
    loss.backward()
    reg_opt.step()


def classifier_step():
    cls_opt.zero_grad()
    loss = cross_entropy(classifier(cls_x), cls_y)
    loss.backward()
    cls_opt.step()


print(json.dumps({"regression_us_per_step": best_seconds(regression_step, 200) * 1e6,
                  "classifier_us_per_step": best_seconds(classifier_step, 200) * 1e6}))
