# Regularisation lecture: mixup with lambda drawn from Beta(alpha, alpha), mixed targets and loss.
import torch
import torch.nn.functional as F
from torch.distributions import Beta

torch.manual_seed(71)
x = torch.randn(6, 3)
y = torch.tensor([0, 1, 2, 0, 1, 2])
model = torch.nn.Linear(3, 3)
beta = Beta(torch.tensor(0.4), torch.tensor(0.4))
for step in range(3):
    lam = beta.sample()
    perm = torch.randperm(6)
    mixed = lam * x + (1 - lam) * x[perm]
    out = model(mixed)
    loss = lam * F.cross_entropy(out, y) + (1 - lam) * F.cross_entropy(out, y[perm])
    onehot = F.one_hot(y, 3).float()
    soft = lam * onehot + (1 - lam) * onehot[perm]
    loss2 = F.cross_entropy(out, soft)
    print(step, round(lam.item(), 6), perm.tolist(), round(loss.item(), 6), round(loss2.item(), 6))
print(beta.mean, beta.variance)
print(beta.log_prob(torch.tensor([0.1, 0.5, 0.9])))
print(Beta(2.0, 5.0).sample((4,)))
