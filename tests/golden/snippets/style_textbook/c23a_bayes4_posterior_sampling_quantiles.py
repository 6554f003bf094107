# Posterior samples summarised by mean, std and a 90% interval (torch.quantile on samples)
import torch

torch.manual_seed(65)
samples = 2.0 + 0.5 * torch.randn(5000)
lo, med, hi = torch.quantile(samples, torch.tensor([0.05, 0.5, 0.95]))
print(round(samples.mean().item(), 2), round(samples.std().item(), 2))
print(round(lo.item(), 1), round(med.item(), 1), round(hi.item(), 1))
print(((samples > lo) & (samples < hi)).float().mean().round(decimals=2))
