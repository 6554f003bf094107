# logsumexp by hand vs torch.logsumexp, including its gradient
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [-50.0, 0.0, 50.0]], requires_grad=True)
m = x.max(dim=1, keepdim=True).values
mine = (m + (x - m).exp().sum(1, keepdim=True).log()).squeeze(1)
ref = torch.logsumexp(x, dim=1)
print(mine)
print(ref)
g, = torch.autograd.grad(ref.sum(), x)
print(g)
print(torch.allclose(g, torch.softmax(x, 1)))
