# Backprop ninja exercise 3: the batchnorm layer's backward pass in one formula, checked in float64.
import torch

g = torch.Generator().manual_seed(2147483647)
n = 32
hprebn = torch.randn((n, 8), generator=g, dtype=torch.float64, requires_grad=True)
bngain = (torch.randn((1, 8), generator=g, dtype=torch.float64) * 0.1 + 1.0).requires_grad_()
bnbias = (torch.randn((1, 8), generator=g, dtype=torch.float64) * 0.1).requires_grad_()
bnmeani = 1 / n * hprebn.sum(0, keepdim=True)
bndiff = hprebn - bnmeani
bnvar = 1 / (n - 1) * (bndiff**2).sum(0, keepdim=True)
bnvar_inv = (bnvar + 1e-5)**-0.5
bnraw = bndiff * bnvar_inv
hpreact = bngain * bnraw + bnbias
out = (hpreact.tanh() * torch.arange(8, dtype=torch.float64)).sum()
hpreact.retain_grad()
out.backward()
dhpreact = hpreact.grad

dhprebn = bngain * bnvar_inv / n * (n * dhpreact - dhpreact.sum(0) - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
print('hprebn exact:', torch.all(dhprebn == hprebn.grad).item())
print('approximate:', torch.allclose(dhprebn, hprebn.grad))
print('maxdiff:', (dhprebn - hprebn.grad).abs().max().item() < 1e-12)
dbngain = (bnraw * dhpreact).sum(0, keepdim=True)
dbnbias = dhpreact.sum(0, keepdim=True)
print(torch.allclose(dbngain, bngain.grad), torch.allclose(dbnbias, bnbias.grad))
print(bngain.grad)
print(bnbias.grad.shape, bnvar.shape, bnraw.std(0)[:3])
