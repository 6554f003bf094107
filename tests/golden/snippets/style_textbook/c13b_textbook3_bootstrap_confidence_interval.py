# Statistics chapter: bootstrap confidence intervals for the mean and the median with seeded resampling.
import torch

torch.manual_seed(102)
data = torch.distributions.Exponential(torch.tensor(0.5)).sample((50,))
print(data.mean(), data.median())
B = 2000
idx = torch.randint(0, 50, (B, 50))
samples = data[idx]
means = samples.mean(1)
medians = samples.median(1).values
for name, stat in [("mean", means), ("median", medians)]:
    lo, hi = torch.quantile(stat, torch.tensor([0.025, 0.975]))
    print(name, round(stat.mean().item(), 5), round(stat.std().item(), 5), round(lo.item(), 5), round(hi.item(), 5))
se = data.std() / 50 ** 0.5
print("normal approx", (data.mean() - 1.96 * se).item(), (data.mean() + 1.96 * se).item())
print(torch.bincount(idx[0], minlength=50)[:10])
