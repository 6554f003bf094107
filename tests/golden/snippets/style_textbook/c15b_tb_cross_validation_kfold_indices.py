# k-fold cross-validation by hand: a boolean mask per fold, a ridge fit on the rest.
import torch

gen = torch.Generator().manual_seed(48)
features = torch.randn(30, 3, generator=gen)
target = features @ torch.tensor([1.0, -1.0, 0.5]) + 0.1 * torch.randn(30, generator=gen)
fold_of = torch.randperm(30, generator=gen) % 5
scores = []
for fold in range(5):
    held = fold_of == fold
    A, b = features[~held], target[~held]
    coef = torch.linalg.solve(A.T @ A + 0.1 * torch.eye(3), A.T @ b)
    scores.append(torch.mean((features[held] @ coef - target[held]) ** 2))
print(fold_of[:10], held.sum())
print(torch.stack(scores), torch.stack(scores).mean(), coef)
