# Quiz C23: MSE gradient, mean vs sum reduction
import torch
import torch.nn.functional as F

p = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
y = torch.tensor([0.0, 2.0, 2.0])
F.mse_loss(p, y).backward()
print(p.grad)
p.grad = None
F.mse_loss(p, y, reduction="sum").backward()
print(p.grad)
p.grad = None
F.l1_loss(p, y).backward()
print(p.grad)
