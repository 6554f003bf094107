# Batch normalisation by hand, keeping running statistics updated under no_grad.
import torch

g = torch.Generator().manual_seed(2147483647)
hpreact = torch.randn(32, 5, generator=g) * 3 + 1
bngain = torch.ones((1, 5))
bnbias = torch.zeros((1, 5))
bnmean_running = torch.zeros((1, 5))
bnstd_running = torch.ones((1, 5))
for step in range(3):
    batch = hpreact + step
    bnmeani = batch.mean(0, keepdim=True)
    bnstdi = batch.std(0, keepdim=True)
    out = bngain * (batch - bnmeani) / bnstdi + bnbias
    with torch.no_grad():
        bnmean_running = 0.999 * bnmean_running + 0.001 * bnmeani
        bnstd_running = 0.999 * bnstd_running + 0.001 * bnstdi
    print(step, out.mean().abs() < 1e-5, out.std(0).round(decimals=3))
print(bnmean_running)
print(bnstd_running)
