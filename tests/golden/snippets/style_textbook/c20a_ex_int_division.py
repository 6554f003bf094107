# Exercise: results of integer tensor division
import torch

a = torch.tensor([7, -7])
print(a / 2)
print(a // 2)
print(a % 3)
print(torch.tensor(0) / torch.tensor(0))
print(torch.tensor([0.0]) / torch.tensor([0.0]))
try:
    print(torch.tensor([1]) // torch.tensor([0]))
except RuntimeError as e:
    print("RuntimeError:", e)
