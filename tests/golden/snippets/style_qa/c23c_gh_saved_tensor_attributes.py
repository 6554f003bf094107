# Issue: "inspecting what a division node stored": saved attrs of div, clamp and sum nodes.
import torch

num = torch.tensor([2.0, 4.0], requires_grad=True)
den = torch.tensor([1.0, 8.0], requires_grad=True)
q = num / den
print(q.grad_fn.name(), q.grad_fn._saved_other, q.grad_fn._saved_self)
cl = num.clamp(min=3.0)
print(cl.grad_fn.name(), cl.grad_fn._saved_min, cl.grad_fn._saved_max)
red = num.sum(dim=0, keepdim=True)
print(red.grad_fn.name(), red.grad_fn._saved_dim, red.grad_fn._saved_keepdim, red.grad_fn._saved_self_sym_sizes)
