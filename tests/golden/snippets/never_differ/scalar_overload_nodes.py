# The Scalar overloads and in-place variants have grad_fn nodes of their own.
import torch

p = torch.tensor([0.5, 2.0], requires_grad=True)
a = torch.xlogy(p, 3.0)
b = torch.xlogy(3.0, p)
c = p.clone().polygamma_(1)
d = torch.polygamma(1, p)
for t in (a, b, c, d):
    print(t.grad_fn.name())
(a.sum() + c.sum()).backward()
print(p.grad)
