# Q: model.train() and model.eval() flip .training on every submodule.
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.3), nn.Sequential(nn.BatchNorm1d(2)))
print(model.training, [m.training for m in model.modules()])
model.eval()
print(model.training, [m.training for m in model.modules()])
print(model.train(), model[1].training)
print(model[2][0].training, model.train(False).training)
print(model.requires_grad_(False)[0].weight.requires_grad)
