# model.train()/model.eval() flip every submodule's training flag; requires_grad_ on a module
import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.Sequential(nn.Dropout(), nn.BatchNorm1d(2)))
model.eval()
print([(name or "root", m.training) for name, m in model.named_modules()])
model.train()
print(all(m.training for m in model.modules()))
inner = model[1]
inner.eval()
print([type(m).__name__ + ("*" if m.training else "") for m in model.modules()])
model[0].requires_grad_(False)
print({n: p.requires_grad for n, p in model.named_parameters()})
returned = model.train(False)
print(returned is model, model.training, inner[1].training)
