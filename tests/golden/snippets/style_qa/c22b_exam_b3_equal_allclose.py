import torch

# Exam B3-8. equal vs allclose vs == for tensors with NaN and different shapes.
a = torch.tensor([1.0, float("nan")])
b = torch.tensor([1.0, float("nan")])
print(torch.equal(a, b), (a == b).tolist())
print(torch.allclose(a, b), torch.allclose(a, b, equal_nan=True))
print(torch.equal(torch.ones(2), torch.ones(1, 2)))
print(torch.isclose(torch.tensor([1.0, 1.001]), torch.tensor(1.0), rtol=0, atol=1e-2))
try:
    torch.allclose(torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print(e)
