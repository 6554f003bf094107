# Q: integer tensor to a negative power
import torch

n = torch.tensor([1, 2, 4])
try:
    print(n ** -1)
except RuntimeError as e:
    print(e)
print(n.float() ** -1, n ** 2, 2 ** n)
print(n ** 0.5, torch.pow(n, torch.tensor([2, 0, 1])))
try:
    torch.pow(n, torch.tensor([-1, 1, 1]))
except RuntimeError as e:
    print(e)
