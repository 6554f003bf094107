# computing the loss inside torch.no_grad() by accident
import torch
import torch.nn as nn

torch.manual_seed(30)
model = nn.Linear(2, 1)
x = torch.randn(3, 2)
with torch.no_grad():
    loss = model(x).pow(2).mean()
print(loss.requires_grad, loss.grad_fn)
loss.backward()
