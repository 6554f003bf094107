# makemore part 4 exercise 3: batchnorm backward as a single expression vs autograd through the long form.
import torch

def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f"{s:15s} | exact: {str(ex):5s} | approximate: {str(app):5s} | maxdiff: {maxdiff:.3e}")

g = torch.Generator().manual_seed(2147483647)
n, d = 32, 16
hprebn = (torch.randn(n, d, generator=g) * 2 + 0.5).requires_grad_()
bngain = (torch.randn(1, d, generator=g) * 0.1 + 1.0).requires_grad_()
bnbias = (torch.randn(1, d, generator=g) * 0.1).requires_grad_()
dhpreact = torch.randn(n, d, generator=g)
hpreact_fast = bngain * (hprebn - hprebn.mean(0, keepdim=True)) / torch.sqrt(hprebn.var(0, keepdim=True, unbiased=True) + 1e-5) + bnbias
bnmeani = hprebn.mean(0, keepdim=True)
bndiff = hprebn - bnmeani
bnvar = 1 / (n - 1) * (bndiff ** 2).sum(0, keepdim=True)
bnvar_inv = (bnvar + 1e-5) ** -0.5
bnraw = bndiff * bnvar_inv
hpreact = bngain * bnraw + bnbias
print("max diff:", (hpreact_fast - hpreact).abs().max().item())
hpreact.backward(dhpreact)
dhprebn = bngain * bnvar_inv / n * (n * dhpreact - dhpreact.sum(0) - n / (n - 1) * bnraw * (dhpreact * bnraw).sum(0))
cmp("hprebn", dhprebn, hprebn)
cmp("bngain", (bnraw * dhpreact).sum(0, keepdim=True), bngain)
cmp("bnbias", dhpreact.sum(0, keepdim=True), bnbias)
print(dhprebn.shape, hprebn.grad[0, :4])
