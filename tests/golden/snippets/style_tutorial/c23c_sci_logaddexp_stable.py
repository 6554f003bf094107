# logaddexp and logaddexp2 for combining log-probabilities, and their gradients.
import torch

a = torch.tensor([0.0, -1000.0, 5.0], dtype=torch.float64, requires_grad=True)
b = torch.tensor([0.0, -1000.0, -5.0], dtype=torch.float64)
out = torch.logaddexp(a, b)
print(out.detach().round(decimals=6))
out.sum().backward()
print(a.grad.round(decimals=6))
print(torch.logaddexp2(torch.tensor([1.0, 3.0]), torch.tensor([1.0, 3.0])))
