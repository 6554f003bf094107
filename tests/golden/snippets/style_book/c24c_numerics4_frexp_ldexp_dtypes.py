# Exercise 5.A: frexp and ldexp across dtypes
import torch

m, e = torch.frexp(torch.tensor([0.0, -0.0, 1.0, 1e-40, float("inf")], dtype=torch.float64))
print(m, e)
print(torch.frexp(torch.tensor([3.0], dtype=torch.float16)))
try:
    torch.frexp(torch.tensor([3]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.ldexp(torch.tensor([1, 2]), torch.tensor([3, 4])))
print(torch.ldexp(torch.tensor([1.0], dtype=torch.float64), torch.tensor([1023])))
