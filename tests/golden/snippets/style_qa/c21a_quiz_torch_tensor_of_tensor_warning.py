# Quiz: torch.tensor(t) on a tensor that requires grad.
import torch

t = torch.tensor([1.0, 2.0], requires_grad=True)
u = torch.tensor(t)
print(u.requires_grad, u.is_leaf)
v = t.clone().detach()
print(v)
