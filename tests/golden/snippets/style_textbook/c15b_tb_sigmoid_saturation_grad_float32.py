# Vanishing gradients: the sigmoid's derivative collapses for large inputs; exp overflows in float32.
import torch

x = torch.tensor([-20.0, -8.0, -2.0, 0.0, 2.0, 8.0, 20.0], requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(y)
print(x.grad)
print(torch.exp(torch.tensor([80.0, 88.0, 89.0, 100.0])))
print(torch.exp(torch.tensor([80.0, 89.0], dtype=torch.float64)))
naive = 1 / (1 + torch.exp(-torch.tensor([-100.0, -90.0])))
print(naive, torch.sigmoid(torch.tensor([-100.0, -90.0])))
print(torch.finfo(torch.float32).max, torch.finfo(torch.float32).tiny)
