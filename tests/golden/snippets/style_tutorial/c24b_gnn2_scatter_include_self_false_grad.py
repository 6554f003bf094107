# gradient of a scatter_reduce sum/amin with include_self=False: the base gets none
import torch

base = torch.tensor([5.0, -1.0, 2.0], requires_grad=True)
src = torch.tensor([1.0, 4.0, -3.0, 0.5], requires_grad=True)
idx = torch.tensor([0, 0, 2, 2])
for reduce in ("sum", "amin", "prod"):
    out = base.scatter_reduce(0, idx, src, reduce=reduce, include_self=False)
    gb, gs = torch.autograd.grad(out.sum(), (base, src))
    print(reduce, out.detach(), gb, gs)
