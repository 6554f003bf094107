# segment_reduce with offsets, initial and the gradients of amax/prod (not blind: recorded after the fix)
import torch

x = torch.tensor([[1.0, 4.0], [3.0, 4.0], [2.0, 0.0], [5.0, -1.0], [0.5, 2.0]], requires_grad=True)
offsets = torch.tensor([0, 2, 2, 5])
for reduce in ("amax", "prod", "mean"):
    out = torch.segment_reduce(x, reduce, offsets=offsets, initial=1.0)
    g, = torch.autograd.grad(out, x, torch.tensor([[1.0, -2.0], [1.0, 1.0], [0.5, 3.0]]))
    print(reduce, out.detach(), g, sep="\n")
print(torch.segment_reduce(x, "sum", lengths=torch.tensor([2, 0, 3])).grad_fn.name())
