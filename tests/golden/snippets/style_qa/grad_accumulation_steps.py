# Q: gradient accumulation: calling backward on several mini-batches before one optimizer step.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1, bias=False)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = torch.randn(8, 2)
target = data.sum(1, keepdim=True)
accum_steps = 4
opt.zero_grad()
for i, (xb, yb) in enumerate(zip(data.split(2), target.split(2))):
    loss = nn.functional.mse_loss(model(xb), yb) / accum_steps
    loss.backward()
    print(i, model.weight.grad.round(decimals=4))
    if (i + 1) % accum_steps == 0:
        opt.step()
        opt.zero_grad()
print(model.weight.grad, model.weight.data.round(decimals=4))
full = nn.Linear(2, 1, bias=False)
