# Q: comparing tensors: allclose with int vs float errors, torch.equal on shapes, eq broadcasting, isclose tolerances.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([1.0, 2.0, 3.0])
try:
    torch.allclose(a, b)
except RuntimeError as e:
    print(e)
print(torch.allclose(a.float(), b), torch.equal(a, b), torch.equal(a.float(), b))
print(torch.equal(torch.ones(2, 1), torch.ones(2)), (torch.ones(2, 1) == torch.ones(2)).shape)
print(torch.isclose(torch.tensor([1.0, 1.0001, float("nan")]), torch.tensor([1.0, 1.0, float("nan")])))
print(torch.isclose(torch.tensor([float("nan")]), torch.tensor([float("nan")]), equal_nan=True))
print(torch.allclose(torch.tensor([1e-9]), torch.tensor([0.0])), torch.allclose(torch.tensor([1e-7]), torch.tensor([0.0]), atol=0))
try:
    torch.allclose(torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print(e)
print(torch.testing.assert_close(b, b.clone()))
try:
    torch.testing.assert_close(b, b + 1e-3)
except AssertionError as e:
    print(str(e).splitlines()[0])
try:
    torch.testing.assert_close(a, b)
except AssertionError as e:
    print(str(e).splitlines()[0])
print(torch.eq(a, 2), a.eq(torch.tensor([1, 0, 3])).sum())
