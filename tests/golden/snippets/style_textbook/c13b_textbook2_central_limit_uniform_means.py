# Statistics chapter: central limit theorem with seeded uniform draws — means, variances, standardised tails.
import torch

torch.manual_seed(85)
for n in (1, 2, 10, 50):
    samples = torch.rand(20000, n).mean(dim=1)
    z = (samples - 0.5) / (1 / 12 / n) ** 0.5
    print(n, round(samples.mean().item(), 5), round(samples.var().item() * n, 5), round((z.abs() > 1.96).float().mean().item(), 5))
hist = torch.histc(torch.rand(10000, 10).mean(1), bins=10, min=0.0, max=1.0)
print(hist)
print(hist.argmax())
sums = torch.rand(5000, 12).sum(1) - 6
print(sums.mean(), sums.std())
print(torch.quantile(sums, torch.tensor([0.025, 0.5, 0.975])))
