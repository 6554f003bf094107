# Copies in another memory format still pass the gradient straight through.
import torch

x = torch.arange(16.0).reshape(1, 4, 2, 2).requires_grad_()
cl = x.clone(memory_format=torch.channels_last)
print(cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last), cl.stride())
(cl * torch.arange(16.0).reshape(1, 4, 2, 2)).sum().backward()
print(x.grad.stride(), x.grad.flatten()[:6])
c2 = x.contiguous(memory_format=torch.channels_last)
print(c2.grad_fn.__class__.__name__, x.contiguous() is x)
