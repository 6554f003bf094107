# Feature ablation: replace one column at a time by its batch mean
import torch

X = torch.tensor([[1.0, 10.0, 0.0], [3.0, 20.0, 1.0], [5.0, 0.0, 1.0]])
w = torch.tensor([0.5, 0.05, -2.0])
pred = X @ w
means = X.mean(0)
print(means)
for j in range(3):
    Xa = X.clone()
    Xa[:, j] = means[j]
    delta = (pred - Xa @ w).abs().mean()
    print(j, round(delta.item(), 4))
