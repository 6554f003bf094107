import torch
import torch.nn as nn

torch.manual_seed(9)
model = nn.Linear(3, 1, bias=False)
x = torch.randn(20, 3)
y = torch.randn(20, 1)
loss = nn.functional.mse_loss(model(x), y)
params = list(model.parameters())
grads = torch.autograd.grad(loss, params, create_graph=True)
v = [torch.ones_like(p) for p in params]
for it in range(20):
    Hv = torch.autograd.grad(grads, params, grad_outputs=v, retain_graph=True)
    norm = torch.sqrt(sum((h ** 2).sum() for h in Hv))
    v = [h / norm for h in Hv]
eig = sum((h * u).sum() for h, u in zip(torch.autograd.grad(grads, params, v), v))
print(f"top eigenvalue ~ {eig.item():.4f}")
exact = torch.linalg.eigvalsh(2 * x.T @ x / 20)
print(f"exact {exact[-1].item():.4f}")
