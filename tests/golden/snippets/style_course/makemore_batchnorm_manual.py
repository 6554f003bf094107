# Batch normalisation by hand with running statistics updated under no_grad.
import torch

g = torch.Generator().manual_seed(2147483647)
hpreact = torch.randn(32, 5, generator=g) * 3 + 1
bngain = torch.ones((1, 5))
bnbias = torch.zeros((1, 5))
bnmean_running = torch.zeros((1, 5))
bnstd_running = torch.ones((1, 5))
bnmeani = hpreact.mean(0, keepdim=True)
bnstdi = hpreact.std(0, keepdim=True)
h = bngain * (hpreact - bnmeani) / bnstdi + bnbias
with torch.no_grad():
    bnmean_running = 0.999 * bnmean_running + 0.001 * bnmeani
    bnstd_running = 0.999 * bnstd_running + 0.001 * bnstdi
print(bnmeani)
print(bnstdi)
print(h.mean(0), h.std(0))
print(bnmean_running, bnstd_running)
