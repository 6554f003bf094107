# Q: == vs torch.equal vs allclose vs isclose, with dtypes, shapes, nan and tolerances.
import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0, 2.0, 3.0000001])
print(a == b, torch.equal(a, b), torch.allclose(a, b))
print(torch.equal(a, a.double()), torch.equal(a, a.int()), (a == a.int()).all())
print(torch.equal(a, a[None]), (a == a[None]).shape)
try:
    torch.allclose(a, a.double())
except RuntimeError as e:
    print(e)
n = torch.tensor([float('nan'), 1.0])
print(n == n, torch.equal(n, n), torch.allclose(n, n), torch.allclose(n, n, equal_nan=True))
print(torch.isclose(a, a + 1e-6), torch.isclose(a, a + 1e-4, rtol=0, atol=1e-3))
print(torch.isclose(torch.tensor(0.0), torch.tensor(1e-9)), torch.isclose(torch.tensor(1e10), torch.tensor(1.00001e10)))
try:
    torch.allclose(a, torch.ones(2))
except RuntimeError as e:
    print(e)
print(torch.eq(a, 2), a.eq(b).sum(), a.ne(b), torch.tensor([1, 2]) == torch.tensor([1.0, 2.0]))
print(torch.testing.assert_close(a, b) is None)
try:
    torch.testing.assert_close(a, a + 0.01)
except AssertionError as e:
    print(str(e).splitlines()[0])
