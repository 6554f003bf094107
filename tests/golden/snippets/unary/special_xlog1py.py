# torch.special.xlog1py: x * log1p(y), 0 where x is 0 (NaN where y is NaN); its three overloads'
# nodes and gradients; float32 values from the C library's log1pf, printed in full.
import torch

x = torch.tensor([0.0, 1.0, 2.0, 0.0, 3.0, -1.5], requires_grad=True)
y = torch.tensor([-1.0, 0.5, float("nan"), -2.0, 1e-3, 7.25], requires_grad=True)
r = torch.special.xlog1py(x, y)
print(r, r.grad_fn.name())
r.sum().backward()
print(x.grad, y.grad)
a = torch.tensor([2.0, 0.0], requires_grad=True)
r = torch.special.xlog1py(a, -1.5)
print(r, r.grad_fn.name())
r.sum().backward()
print(a.grad)
b = torch.tensor([0.5, -0.25], requires_grad=True)
r = torch.special.xlog1py(3, b)
print(r, r.grad_fn.name())
r.sum().backward()
print(b.grad)
print(torch.special.xlog1py(torch.tensor([2]), torch.tensor([1])), torch.special.xlog1py(torch.tensor([2.0], dtype=torch.float64), torch.tensor([1.0])).dtype)
print(torch.special.xlog1py(torch.tensor([[1.0], [2.0]]), torch.tensor([0.5, 2.0])))
g = torch.Generator().manual_seed(0)
u = torch.rand(64, generator=g) * 3 - 0.999
v = torch.randn(64, generator=g)
print(torch.special.xlog1py(v, u)[:8].tolist())
print(torch.special.xlog1py(v.double(), u.double())[:4].tolist())
try:
    torch.special.xlog1py(torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
