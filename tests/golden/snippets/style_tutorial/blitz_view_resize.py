# Resizing with view: -1 lets PyTorch infer one dimension; .item() on a one-element tensor.
import torch

torch.manual_seed(0)
x = torch.randn(4, 4)
y = x.view(16)
z = x.view(-1, 8)
print(x.size(), y.size(), z.size())
print(z[1, 3] == x[3, 3])
w = torch.randn(1)
print(w)
print(w.item())
print(type(w.item()), x.dim(), x.numel())
