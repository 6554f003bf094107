# ActNorm data-dependent init: per-channel mean and std, log-det = sum log|s|
import torch

torch.manual_seed(65)
x = torch.randn(16, 3) * torch.tensor([1.0, 2.0, 0.5]) + torch.tensor([0.0, 1.0, -1.0])
loc = -x.mean(0)
log_scale = -torch.log(x.std(0) + 1e-6)
y = (x + loc) * log_scale.exp()
print(y.mean(0).abs().max() < 1e-5, (y.std(0) - 1).abs().max() < 1e-4)
print(log_scale.sum() * 1, log_scale.shape)
print(x.std(0, unbiased=False).shape)
