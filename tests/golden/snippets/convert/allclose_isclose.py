import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0, 2.0000001, 3.1])
print(torch.allclose(a, b))
print(torch.allclose(a, b, atol=0.2))
print(torch.isclose(a, b))
print(a.allclose(a + 1e-9))
print(torch.isclose(torch.tensor([float("nan")]), torch.tensor([float("nan")])))
print(torch.isclose(torch.tensor([float("nan")]), torch.tensor([float("nan")]), equal_nan=True))
print(torch.allclose(torch.tensor([1e-10]), torch.tensor([0.])))
