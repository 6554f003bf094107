# Quiz 61: integer tensor to a negative power
import torch

x = torch.tensor([1, 2, 4])
try:
    print(x ** -1)
except RuntimeError as e:
    print(e)
print(x ** -1.0)
print(x.float() ** -1)
print(torch.tensor(2) ** 10, 2 ** torch.tensor(10))
print(x ** 0.5, (x ** 2).dtype)
print(torch.tensor([-8.0]) ** (1 / 3))
