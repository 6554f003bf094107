# Quiz B45: which factory calls accept requires_grad?
import torch

print(torch.zeros(2, requires_grad=True).requires_grad)
print(torch.arange(3.0, requires_grad=True))
print(torch.full((2,), 7.0, requires_grad=True))
print(torch.randn(2, requires_grad=True).is_leaf)
try:
    torch.arange(3, requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.ones_like(torch.ones(2), requires_grad=True))
