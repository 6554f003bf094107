# Numerics chapter: products of random matrices explode or vanish.
import torch

torch.manual_seed(0)
for scale in (0.5, 1.0, 2.0):
    M = torch.eye(4)
    for i in range(50):
        M = M @ (torch.normal(0, 1, size=(4, 4)) * scale / 2)
    print(scale, M.abs().max().item())
x = torch.ones(4, requires_grad=True)
y = x
for _ in range(30):
    y = torch.sigmoid(y)
y.sum().backward()
print(x.grad)
z = torch.ones(4, requires_grad=True)
out = z
for _ in range(30):
    out = out * 1.5
out.sum().backward()
print(z.grad)
