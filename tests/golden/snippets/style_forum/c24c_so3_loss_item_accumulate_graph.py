# Q: memory grows because I accumulate the loss tensor
import torch

w = torch.tensor(1.0, requires_grad=True)
total = 0
for i in range(3):
    loss = (w * i - 1) ** 2
    total += loss
print(total, type(total).__name__, total.grad_fn.name())
total2 = 0.0
for i in range(3):
    total2 += ((w * i - 1) ** 2).item()
print(total2, type(total2).__name__)
