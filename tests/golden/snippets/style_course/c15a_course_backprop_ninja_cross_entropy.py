# Backprop ninja: cross-entropy taken apart step by step, then dlogits in one line vs autograd
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(4242)
batch, V = 6, 10
z = torch.randn(batch, V, generator=g, requires_grad=True)
tgt = torch.randint(0, V, (batch,), generator=g)
shifted = z - z.max(dim=1, keepdim=True).values
ex = shifted.exp()
denom_inv = 1.0 / ex.sum(dim=1, keepdim=True)
p = ex * denom_inv
manual = -p.log()[torch.arange(batch), tgt].mean()
builtin = F.cross_entropy(z, tgt)
print(manual.item(), builtin.item(), "diff:", (builtin - manual).item())
builtin.backward()
dz = p.detach().clone()
dz[torch.arange(batch), tgt] -= 1.0
dz = dz / batch
print("z | exact:", torch.equal(dz, z.grad), "| maxdiff:", (dz - z.grad).abs().max().item())
print(dz.sum(dim=1))
print(z.grad[0])
