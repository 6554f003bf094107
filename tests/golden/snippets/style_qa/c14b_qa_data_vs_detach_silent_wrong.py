# Q: .data vs .detach(): changing .data gives a silently wrong gradient, detach() raises instead.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = x.sigmoid()
out.data.mul_(0)
out.sum().backward()
print(out)
print(x.grad)
x.grad = None
out = x.sigmoid()
d = out.detach()
d.mul_(0)
print(out, d.requires_grad)
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
print(x.data.requires_grad, x.detach().requires_grad, x.data.is_leaf)
