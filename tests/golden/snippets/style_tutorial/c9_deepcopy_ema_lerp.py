# An exponential moving average of the weights kept in a deep-copied model, updated with lerp_.
import copy
import torch
import torch.nn as nn

torch.manual_seed(9)
model = nn.Linear(3, 2)
ema = copy.deepcopy(model)
for p in ema.parameters():
    p.requires_grad_(False)
print(ema.weight.requires_grad, model.weight.requires_grad)
print(ema.weight is model.weight, torch.equal(ema.weight, model.weight))

opt = torch.optim.SGD(model.parameters(), lr=0.5)
decay = 0.9
x, y = torch.randn(16, 3), torch.randn(16, 2)
for step in range(5):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    with torch.no_grad():
        for pe, pm in zip(ema.parameters(), model.parameters()):
            pe.lerp_(pm, 1 - decay)
print(model.weight)
print(ema.weight)
print(ema.bias)

a = torch.zeros(3)
b = torch.tensor([1.0, 2.0, 4.0])
print(torch.lerp(a, b, 0.25), a.lerp(b, torch.tensor([0.0, 0.5, 1.0])))
with torch.no_grad():
    for pe, pm in zip(ema.parameters(), model.parameters()):
        pe.mul_(decay).add_(pm, alpha=1 - decay)
print(ema.bias)
