# "Only Tensors of floating point dtype can require gradients"
import torch

labels = torch.tensor([0, 1, 2])
try:
    labels.requires_grad_(True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.tensor([1, 2], dtype=torch.float32, requires_grad=True)
print(x)
idx = torch.arange(3, dtype=torch.float32, requires_grad=True)
print(idx.long().requires_grad)
try:
    torch.zeros(2, dtype=torch.bool).requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.ones(2, dtype=torch.float64, requires_grad=True).sum())
