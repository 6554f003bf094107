import torch
import torch.nn as nn

torch.manual_seed(6)
x = torch.randn(8, 3)
y = torch.randn(8, 1)
full = nn.Linear(3, 1)
acc = nn.Linear(3, 1)
acc.load_state_dict(full.state_dict())
nn.functional.mse_loss(full(x), y).backward()
for xb, yb in zip(x.chunk(4), y.chunk(4)):
    (nn.functional.mse_loss(acc(xb), yb) / 4).backward()
print(full.weight.grad)
print(acc.weight.grad)
print(torch.allclose(full.weight.grad, acc.weight.grad, atol=1e-6))
print(torch.allclose(full.bias.grad, acc.bias.grad, atol=1e-6))
