# Mixup (course notebook): blend inputs with a Beta sample and train on soft targets with cross_entropy.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Beta

torch.manual_seed(0)
x = torch.randn(8, 6)
y = torch.randint(0, 3, (8,))
model = nn.Linear(6, 3)
beta = Beta(torch.tensor([0.4]), torch.tensor([0.4]))
lam = beta.sample()
print(lam.shape, 0 < lam.item() < 1)
perm = torch.randperm(x.size(0))
x_mix = lam * x + (1 - lam) * x[perm]
y1 = F.one_hot(y, 3).float()
y_mix = lam * y1 + (1 - lam) * y1[perm]
print(y_mix.sum(1))
logits = model(x_mix)
loss_soft = F.cross_entropy(logits, y_mix)
loss_pair = lam * F.cross_entropy(logits, y, reduction="none") + (1 - lam) * F.cross_entropy(logits, y[perm], reduction="none")
print(torch.allclose(loss_soft, loss_pair.mean()), loss_soft.shape, loss_pair.shape)
loss_soft.backward()
print(model.weight.grad.shape)
lam2 = torch.distributions.Beta(0.4, 0.4).sample((8,))
print(lam2.shape, lam2.dtype)
lam2 = torch.stack([lam2, 1 - lam2], 1).max(1)[0]
print((lam2 >= 0.5).all())
soft = F.cross_entropy(logits.detach(), y, label_smoothing=0.1)
print(soft)
