# Quiz 4: writing into a slice of a parameter
import torch

bias = torch.zeros(4, requires_grad=True)
try:
    bias[1] = 2.5
except RuntimeError as err:
    print("A:", err)
head = bias[:2]
print(head.is_leaf, head.grad_fn.name(), head._base is bias)
try:
    head.mul_(3)
except RuntimeError as err:
    print("B:", err)
with torch.no_grad():
    head.fill_(7)
print(bias)
