import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
b = torch.rand(1, requires_grad=True)
print(w)
print(b)
print(w.is_leaf, b.is_leaf)
