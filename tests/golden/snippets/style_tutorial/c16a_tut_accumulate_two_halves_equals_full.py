# Accumulating gradients over two half batches equals one full batch (mean loss halved)
import torch
from torch import nn

torch.manual_seed(1634)
model = nn.Linear(3, 2)
x, y = torch.randn(8, 3), torch.randn(8, 2)
loss_fn = nn.MSELoss()

loss_fn(model(x), y).backward()
full = [p.grad.clone() for p in model.parameters()]
model.zero_grad()
for xb, yb in zip(x.chunk(2), y.chunk(2)):
    (loss_fn(model(xb), yb) / 2).backward()
accum = [p.grad for p in model.parameters()]
for a, b in zip(full, accum):
    print(torch.allclose(a, b), (a - b).abs().max().item())
print(accum[1])
