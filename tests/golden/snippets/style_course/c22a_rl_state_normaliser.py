import torch

torch.manual_seed(19)
obs = torch.randn(50, 3) * torch.tensor([1.0, 10.0, 0.1]) + torch.tensor([0.0, 5.0, -1.0])
mean = obs.mean(0)
var = obs.var(0)
normed = (obs - mean) / torch.sqrt(var + 1e-8)
print(mean)
print(var)
print(normed.mean(0).abs().max() < 1e-5)
print(normed.clamp(-5, 5)[:2])
