# Quiz 23: is a clone still connected to the original?
import torch

src = torch.tensor([3.0, 4.0], requires_grad=True)
cp = src.clone()
print(cp.grad_fn, cp.is_leaf)
(cp ** 3).sum().backward()
print(src.grad)
cut = src.detach().clone()
print(cut.requires_grad, cut.grad_fn, cut.is_leaf)
fresh = src.clone().detach().requires_grad_(True)
(fresh * 10).sum().backward()
print(fresh.grad, src.grad)
