# PyTorch in 10 minutes - Part 2: autograd in three lines
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**2 + 2*x + 1
y.backward()
print(f"y = {y.item()}")
print(f"dy/dx at x=3: {x.grad.item()}")  # 2*3 + 2 = 8
print(y)
print(x.grad)
