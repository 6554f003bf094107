import torch

x = torch.tensor(3.0, requires_grad=True)
for i in range(4):
    f = x ** 2 - 2
    (df,) = torch.autograd.grad(f, x)
    with torch.no_grad():
        x -= f / df
    print(i, f"{x.item():.6f}")
