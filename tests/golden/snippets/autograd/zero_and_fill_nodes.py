# In-place fills and their nodes: zero_ (ZeroBackward0), fill_ with a number (FillBackward2) or a 0-dim tensor (FillBackward3, which gets the gradient's sum).
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 1; a.zero_(); print(a.grad_fn)
a = x * 1; a.fill_(0); print(a.grad_fn)
a = x * 1; a.fill_(torch.tensor(2.0)); print(a.grad_fn)
a = x * 1; a[0] = 0; print(a.grad_fn)
a = x * 1; a.zero_(); a.sum().backward(); print(x.grad)
a = torch.zeros(2, requires_grad=True)
with torch.no_grad():
    a.zero_()
print(a.grad_fn, torch.zeros_like(x).zero_().grad_fn)
b = x.clone(); torch.nn.init.zeros_(b) if False else None
z = x * 2; z.zero_(); print(z.grad_fn.next_functions)
x = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor(3.0, requires_grad=True)
a = x * 1
a.fill_(v)
print(a, a.grad_fn, a.grad_fn.next_functions)
(a * torch.tensor([1.0, 5.0])).sum().backward()
print(x.grad, v.grad)
a = x * 1
try:
    a.fill_(torch.ones(2))
except RuntimeError as e:
    print(e)
