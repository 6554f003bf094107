# Quiz 18: switching off requires_grad on a non-leaf
import torch

base = torch.ones(2, requires_grad=True)
shifted = base + 1
try:
    shifted.requires_grad = False
except RuntimeError as e:
    print("RuntimeError:", e)
copy = shifted.detach()
copy.requires_grad = True
print(copy.is_leaf, copy.requires_grad, shifted.requires_grad)
