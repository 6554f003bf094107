# Mixup augmentation by hand: Beta-distributed mixing of inputs and one-hot labels, and the soft-target loss.
import torch
import torch.nn.functional as F
from torch.distributions import Beta

torch.manual_seed(12)
X = torch.rand(6, 1, 3, 3)
y = torch.tensor([0, 1, 2, 0, 1, 2])
lam = Beta(torch.tensor(0.4), torch.tensor(0.4)).sample()
print(lam)
perm = torch.randperm(6)
print(perm)
X_mix = lam * X + (1 - lam) * X[perm]
y_onehot = F.one_hot(y, 3).float()
y_mix = lam * y_onehot + (1 - lam) * y_onehot[perm]
print(y_mix)
print(X_mix.shape, torch.allclose(X_mix.sum(), lam * X.sum() + (1 - lam) * X.sum()))
logits = torch.randn(6, 3)
loss_soft = F.cross_entropy(logits, y_mix)
loss_pair = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(logits, y[perm])
print(loss_soft, loss_pair, torch.allclose(loss_soft, loss_pair))
b = Beta(torch.tensor([0.5, 2.0]), torch.tensor([0.5, 2.0]))
print(b.mean, b.variance)
print(b.sample((3,)))
print(b.log_prob(torch.tensor([0.5, 0.5])))
