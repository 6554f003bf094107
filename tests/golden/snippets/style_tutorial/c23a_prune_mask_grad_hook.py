# Keep pruned weights at zero during training: mask the gradient with a tensor hook
import torch
import torch.nn as nn

torch.manual_seed(9)
lin = nn.Linear(3, 2, bias=False)
mask = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
with torch.no_grad():
    lin.weight.mul_(mask)
lin.weight.register_hook(lambda g: g * mask)
opt = torch.optim.SGD(lin.parameters(), lr=0.5)
x = torch.randn(4, 3)
for _ in range(3):
    opt.zero_grad()
    lin(x).pow(2).mean().backward()
    opt.step()
print(lin.weight.grad * (1 - mask))
print((lin.weight * (1 - mask)).abs().sum().item())
