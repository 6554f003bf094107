import torch

# Q7. What is the difference between detach() and torch.no_grad()?
w = torch.tensor([1.0, 2.0], requires_grad=True)
a = (w * 2).detach()
with torch.no_grad():
    b = w * 2
print(a.requires_grad, b.requires_grad, a.grad_fn, b.grad_fn)
a[0] = 100.0
print(w)
c = w.detach()
c[1] = -7.0
print(w)
print(torch.is_grad_enabled())
