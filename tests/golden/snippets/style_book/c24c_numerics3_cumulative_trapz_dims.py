# Section 10.8: integrating along different dimensions
import torch

y = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])
print(torch.trapezoid(y), torch.trapezoid(y, dim=0))
print(torch.cumulative_trapezoid(y), torch.cumulative_trapezoid(y, dim=0))
x = torch.tensor([0.0, 1.0, 3.0])
print(torch.trapezoid(y, x), torch.cumulative_trapezoid(y, x=x))
try:
    torch.trapezoid(y, torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
