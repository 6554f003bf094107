# forgetting grad_outputs for a non-scalar critic output
import torch

w = torch.tensor([[1.0], [-2.0]])
x = torch.tensor([[0.5, 1.0], [2.0, 0.0], [1.0, 1.0]], requires_grad=True)
score = x @ w
try:
    torch.autograd.grad(score, x)
except RuntimeError as e:
    print("RuntimeError:", e)
g, = torch.autograd.grad(score.sum(), x, retain_graph=True)
print(g)
g2, = torch.autograd.grad(score, x, torch.ones_like(score))
print(torch.equal(g, g2))
try:
    torch.autograd.grad(score.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
