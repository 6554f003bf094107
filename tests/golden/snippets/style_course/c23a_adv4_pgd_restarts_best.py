# PGD with random restarts: keep the perturbation with the highest loss per example
import torch

torch.manual_seed(64)
w = torch.tensor([1.0, -2.0, 0.5])
x = torch.tensor([[0.2, 0.3, 0.4], [0.6, 0.1, 0.9]])
eps = 0.1
best_loss = torch.full((2,), -float("inf"))
best_delta = torch.zeros_like(x)
for restart in range(3):
    delta = torch.empty_like(x).uniform_(-eps, eps).requires_grad_()
    for _ in range(3):
        loss = ((x + delta) @ w).pow(2)
        g, = torch.autograd.grad(loss.sum(), delta)
        delta = (delta + 0.05 * g.sign()).clamp(-eps, eps).detach().requires_grad_()
    with torch.no_grad():
        loss = ((x + delta) @ w).pow(2)
        better = loss > best_loss
        best_loss = torch.where(better, loss, best_loss)
        best_delta[better] = delta[better]
print(best_loss.round(decimals=4), best_delta.abs().max() <= eps)
