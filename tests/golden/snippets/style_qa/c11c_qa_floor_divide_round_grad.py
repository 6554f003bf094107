# Q: why are gradients zero (or missing) through round, floor, // and argmax?
import torch

x = torch.tensor([0.7, 1.2, 2.5], requires_grad=True)
for name, y in [("floor", torch.floor(x)), ("round", torch.round(x)), ("ceil", x.ceil()),
                ("trunc", x.trunc()), ("frac", x.frac())]:
    (g,) = torch.autograd.grad(y.sum(), x)
    print(name, y, g)
q = x // 1
print(q, q.requires_grad, q.grad_fn)
r = x % 1
print(r, r.grad_fn)
(g,) = torch.autograd.grad(r.sum(), x)
print(g)
idx = x.argmax()
print(idx, idx.requires_grad)
d = torch.div(x, 2, rounding_mode="floor")
print(d, d.requires_grad)
