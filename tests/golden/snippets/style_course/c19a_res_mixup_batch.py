# mixup: convex combination of inputs and one-hot targets with a Beta draw
import torch
import torch.nn.functional as F
torch.manual_seed(5)
x = torch.randn(4, 3)
y = torch.tensor([0, 1, 2, 1])
lam = torch.distributions.Beta(0.4, 0.4).sample().item()
perm = torch.randperm(4)
x_mix = lam * x + (1 - lam) * x[perm]
logits = torch.nn.Linear(3, 3)(x_mix)
loss = lam * F.cross_entropy(logits, y) + (1 - lam) * F.cross_entropy(logits, y[perm])
print(round(lam, 6), perm)
print(loss)
y_soft = lam * F.one_hot(y, 3) + (1 - lam) * F.one_hot(y[perm], 3)
print(F.cross_entropy(logits, y_soft))
