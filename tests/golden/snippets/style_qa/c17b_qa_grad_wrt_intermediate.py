# Q: can torch.autograd.grad differentiate w.r.t. an intermediate tensor?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x.exp()
out = (h * torch.tensor([3.0, -1.0])).sum() + h.prod()
(gh,) = torch.autograd.grad(out, h, retain_graph=True)
print(gh)
gx, gh2 = torch.autograd.grad(out, (x, h))
print(gx, torch.equal(gh, gh2))
print(x.grad, h.grad if h.retains_grad else 'no .grad kept')
