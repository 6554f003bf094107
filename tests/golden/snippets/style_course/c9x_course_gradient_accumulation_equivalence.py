# Course notebook: gradient accumulation over 4 micro-batches gives the same gradient as one big batch.
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
X, y = torch.randn(32, 4), torch.randn(32, 1)
loss_fn = nn.MSELoss()
model.zero_grad()
loss_fn(model(X), y).backward()
full = [p.grad.clone() for p in model.parameters()]
model.zero_grad()
accum = 4
for xb, yb in zip(X.chunk(accum), y.chunk(accum)):
    loss = loss_fn(model(xb), yb) / accum
    loss.backward()
acc = [p.grad.clone() for p in model.parameters()]
for (name, _), a, b in zip(model.named_parameters(), full, acc):
    print(f"{name:10s} close={torch.allclose(a, b, atol=1e-6)} maxdiff<1e-6={(a - b).abs().max().item() < 1e-6}")
model.zero_grad()
for xb, yb in zip(X.chunk(accum), y.chunk(accum)):
    loss_fn(model(xb), yb).backward()
print(torch.allclose(model[0].weight.grad / accum, full[0], atol=1e-6))
print(model[2].bias.grad.shape, full[3])
