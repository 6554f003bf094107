# Which adversarial examples flipped the prediction: where and masked selection
import torch

clean_pred = torch.tensor([0, 1, 2, 1, 0])
adv_pred = torch.tensor([0, 2, 2, 0, 1])
labels = torch.tensor([0, 1, 2, 2, 0])
flipped = (clean_pred == labels) & (adv_pred != labels)
print(flipped)
print(flipped.sum().item(), flipped.float().mean())
print(torch.where(flipped)[0])
print(torch.where(flipped, adv_pred, torch.full_like(adv_pred, -1)))
success_rate = flipped.sum() / (clean_pred == labels).sum()
print(success_rate, success_rate.dtype)
