# Q: what is the difference between .detach() and .data? One errors, the other silently gives wrong grads.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = a.sigmoid()
c = out.detach()
c.zero_()
print(out)
try:
    out.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:120])

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = a.sigmoid()
c = out.data
c.zero_()
print(out)
out.sum().backward()
print(a.grad)
print(c.requires_grad, out.detach().requires_grad, out.requires_grad)
d = a.detach()
print(d.is_leaf, d.grad_fn, d._version, a.data.is_leaf)
