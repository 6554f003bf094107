import torch

print(torch.tensor([float("inf"), float("-inf"), float("nan")]))
print(torch.tensor([1.5, float("nan")]))
print(torch.tensor([1., float("inf")]))
print(torch.tensor([1e-5, float("inf")]))
print(torch.tensor([-0., 0.]))
print(torch.tensor([-0.0]))
print(torch.tensor(float("nan")), torch.tensor(float("-inf")))
print(torch.tensor([float("nan"), 2., 3.25], dtype=torch.float64))
