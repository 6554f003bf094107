import torch
from torch import nn

# Penalise the norm of the parameter gradient (sharpness-style regulariser)
torch.manual_seed(5)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
x = torch.randn(6, 2)
y = torch.randn(6, 1)
loss = nn.functional.mse_loss(model(x), y)
grads = torch.autograd.grad(loss, model.parameters(), create_graph=True)
gnorm = torch.sqrt(sum((g ** 2).sum() for g in grads))
total = loss + 0.1 * gnorm
total.backward()
print(type(grads), len(grads), [tuple(g.shape) for g in grads])
print(gnorm.grad_fn.name(), total.grad_fn.name())
print([p.grad.shape for p in model.parameters()])
print(f"{total.item():.3f}")
