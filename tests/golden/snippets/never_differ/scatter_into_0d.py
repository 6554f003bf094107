# Scattering into a single number (a 0-d tensor): it acts as a 1-element vector.
import torch

best = torch.tensor(5.0, requires_grad=True)
score = torch.tensor(7.0, requires_grad=True)
r = best.scatter(0, torch.tensor(0), score)
r.backward()
print(r, best.grad, score.grad)
print(best.scatter(0, torch.tensor([0, 0, 0]), torch.tensor([1., 2., 3.])))
print(best.scatter(0, torch.tensor([0, 0]), 4.0))
print(best.scatter_add(0, torch.tensor([0, 0, 0]), torch.tensor([1., 2., 3.])))
print(best.scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([2., 3.]), "prod"))
total = torch.tensor(1.0)
total.scatter_add_(0, torch.tensor([0, 0]), torch.tensor([3.0, 4.0]))
print(total)
best.scatter(0, torch.tensor([[0]]), score)
