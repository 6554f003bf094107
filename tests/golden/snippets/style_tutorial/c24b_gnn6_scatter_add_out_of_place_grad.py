# gradients of scatter_add w.r.t. both the base and the messages
import torch

base = torch.zeros(3, requires_grad=True)
msg = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
idx = torch.tensor([0, 2, 2, 1])
out = base.scatter_add(0, idx, msg)
(out * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(out)
print(base.grad, msg.grad)
print(out.grad_fn.name())
