# nll_loss's backward writes only the target positions; everything else stays +0.0,
# even when the upstream gradient is negative, zero or infinite.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
target = torch.tensor([1, 0, 3])
for upstream in [-1.0, -0.0, float("inf")]:
    for reduction in ["mean", "sum"]:
        x.grad = None
        F.nll_loss(x, target, reduction=reduction).backward(torch.tensor(upstream))
        print(reduction, upstream, x.grad)
x.grad = None
loss = F.nll_loss(x, target, reduction="none")
loss.backward(torch.tensor([-2.0, float("nan"), 0.5]))
print(x.grad)
(g,) = torch.autograd.grad(F.nll_loss(x, target), x, grad_outputs=torch.tensor(-1.0), create_graph=True)
print(g)
