# Q: gradient is None after I round my predictions
import torch

x = torch.tensor([0.4, 1.6], requires_grad=True)
r = torch.round(x * 2)
r.sum().backward()
print(r, x.grad)
x.grad = None
i = (x * 2).long()
print(i.requires_grad, i.grad_fn)
ste = x + (torch.round(x) - x).detach()
ste.sum().backward()
print(ste, x.grad)
