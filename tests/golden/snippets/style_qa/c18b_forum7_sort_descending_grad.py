# Q: is torch.sort differentiable?
import torch

x = torch.tensor([0.3, -1.0, 2.0], requires_grad=True)
vals, idx = torch.sort(x, descending=True)
print(vals, idx)
(vals * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
print(vals.grad_fn, idx.requires_grad)
