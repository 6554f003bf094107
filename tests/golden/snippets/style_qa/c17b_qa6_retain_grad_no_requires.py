# Q: retain_grad on a tensor that does not require grad
import torch

plain = torch.ones(2) * 3
try:
    plain.retain_grad()
except RuntimeError as e:
    print(e)
leaf = torch.ones(2, requires_grad=True)
leaf.retain_grad()
print(leaf.retains_grad, leaf.is_leaf)
