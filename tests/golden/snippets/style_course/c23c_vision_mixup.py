# Mixup: blend two images and their one-hot labels with a fixed lambda.
import torch
import torch.nn.functional as F

torch.manual_seed(13)
x = torch.rand(4, 1, 2, 2)
y = torch.tensor([0, 1, 2, 1])
perm = torch.randperm(4)
lam = 0.7
xm = lam * x + (1 - lam) * x[perm]
ym = lam * F.one_hot(y, 3).float() + (1 - lam) * F.one_hot(y[perm], 3).float()
print(perm)
print(ym)
print(ym.sum(1))
logits = torch.zeros(4, 3, requires_grad=True)
loss = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(logits, y[perm])
loss.backward()
print(round(loss.item(), 4), logits.grad[0])
