import torch

torch.manual_seed(3)
adv = torch.randn(8) * 4 + 1
norm = (adv - adv.mean()) / (adv.std() + 1e-8)
print(adv)
print(norm)
print(norm.mean().abs() < 1e-6, round(norm.std().item(), 4))
print(adv.std(unbiased=False), adv.std())
