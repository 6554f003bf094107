# Normalising advantages of a batch of one step: std is nan
import torch

adv = torch.tensor([0.7])
std = adv.std()
print(std)
norm = (adv - adv.mean()) / (std + 1e-8)
print(norm)
safe = (adv - adv.mean()) / (adv.std(unbiased=False) + 1e-8)
print(safe)
print(torch.isnan(norm).any().item())
adv2 = torch.tensor([0.7, 0.7, 0.7])
print((adv2 - adv2.mean()) / (adv2.std() + 1e-8))
