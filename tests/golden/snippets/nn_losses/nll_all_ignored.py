import torch
import torch.nn.functional as F

x = torch.randn(3, 4, requires_grad=True)
ignored = torch.tensor([-100, -100, -100])
for reduction in ("mean", "sum"):
    x.grad = None
    loss = F.cross_entropy(x, ignored, reduction=reduction)
    loss.backward()
    print(reduction, loss, x.grad)
g, = torch.autograd.grad(F.cross_entropy(x, ignored), x, create_graph=True)
print(g.detach())
# A class weighted 0 as the only target left: PyTorch writes 0 * -inf there, zeros elsewhere.
x.grad = None
loss = F.nll_loss(x, torch.tensor([0, 0, -100]), weight=torch.tensor([0., 1., 1., 1.]))
loss.backward()
print(loss, x.grad)
