# Q: torch.where with a Python scalar - what dtype and which gradient?
import torch

cond = torch.tensor([True, False, True])
ints = torch.tensor([1, 2, 3])
print(torch.where(cond, ints, 0.5), torch.where(cond, ints, 7).dtype)
x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = torch.where(x > 0, x ** 2, 0.0)
y.sum().backward()
print(y, x.grad)
print(torch.where(cond, torch.tensor(1.0, dtype=torch.float64), ints).dtype)
