# Quiz: does the gradient flow through clone()? Through detach()?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
c = x.clone()
d = x.detach()
print(c.grad_fn.name(), d.grad_fn)
(c * d).sum().backward()
print(x.grad)
