# Section 5.12: integer powers overflow, float_power does not
import torch

x = torch.tensor([2, 3, 10])
print(x ** 10, x.pow(2).dtype)
print(torch.float_power(x, 10))
print(torch.tensor([10]) ** 19, torch.tensor([10]) ** 20)
try:
    torch.tensor([2]) ** -1
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([2.0]) ** -1)
