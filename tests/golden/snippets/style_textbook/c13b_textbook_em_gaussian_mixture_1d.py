# Latent-variable chapter: EM for a two-component 1-D Gaussian mixture, log-likelihood each iteration.
import math
import torch

torch.manual_seed(33)
x = torch.cat([torch.randn(60) * 0.5 - 2, torch.randn(40) * 1.0 + 1.5]).double()
pi = torch.tensor([0.5, 0.5], dtype=torch.float64)
mu = torch.tensor([-1.0, 1.0], dtype=torch.float64)
var = torch.tensor([1.0, 1.0], dtype=torch.float64)
for it in range(8):
    logp = -0.5 * ((x[:, None] - mu) ** 2 / var + torch.log(2 * math.pi * var)) + torch.log(pi)
    ll = torch.logsumexp(logp, dim=1).sum()
    resp = torch.softmax(logp, dim=1)
    Nk = resp.sum(0)
    pi = Nk / x.numel()
    mu = (resp * x[:, None]).sum(0) / Nk
    var = (resp * (x[:, None] - mu) ** 2).sum(0) / Nk
    print(it, f"{ll.item():.6f}", mu.tolist())
print(pi)
print(var.sqrt())
print(resp[:3])
print(resp.argmax(1)[:10], resp.argmax(1)[-10:])
