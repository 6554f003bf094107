# float64 dot products of up to 8 elements, printed in full: PyTorch adds them in its own order.
import torch

g = torch.Generator().manual_seed(11)
for n in range(2, 9):
    a = torch.randn(n, dtype=torch.float64, generator=g) * 100
    b = torch.randn(n, dtype=torch.float64, generator=g)
    print(n, repr(a.dot(b).item()), repr((a @ b).item()), repr(torch.inner(a, b).item()))
x = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(repr(x.dot(x).item()), repr((x @ torch.tensor([3.0, 1.0, 7.0], dtype=torch.float64)).item()))
w = torch.tensor([2.9750000000000005, 1.85], dtype=torch.float64, requires_grad=True)
y = w.dot(torch.tensor([3.0, 1.0], dtype=torch.float64))
y.backward()
print(repr(y.item()), w.grad)
