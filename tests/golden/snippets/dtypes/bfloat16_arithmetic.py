# torch.bfloat16: conversions (double rounding from float64 and int), printing, tolist/item,
# arithmetic rounded once per op (computed in float32), promotion, reductions, autograd, finfo.
import torch

x = torch.tensor([0.1, 1.0 / 3, 100.7, 3.14159, -2.5e-3, 1e30, 655040.0], dtype=torch.bfloat16)
print(x, x.dtype, x.element_size(), x.tolist(), x[1].item())
y = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]).bfloat16()
print(x + y, x * y, x / y, x - 1, x * 0.1, 2.5 ** y)
print((x * 3).dtype, (x + torch.ones(7)).dtype, (x + torch.ones(7, dtype=torch.float16)).dtype, (x + 1).dtype)
print(torch.promote_types(torch.bfloat16, torch.float16), torch.promote_types(torch.bfloat16, torch.int64))
s = torch.arange(1000, dtype=torch.float32).bfloat16()
print(s.sum(), s.mean(), s.max(), s[:5].cumsum(0), s.std())
print(torch.ones(3, dtype=torch.bfloat16) * 256 + 1)
a = torch.linspace(-2, 2, 12).reshape(3, 4).to(torch.bfloat16)
b = torch.linspace(0, 1, 8).reshape(4, 2).to(torch.bfloat16)
print(a @ b, a.exp(), a.sigmoid(), a.relu(), torch.softmax(a, dim=1))
w = torch.tensor([0.5, -1.25, 3.0], dtype=torch.bfloat16, requires_grad=True)
loss = (w * w * 1.1).sum()
loss.backward()
print(loss, w.grad, w.grad.dtype)
print(torch.zeros(2, dtype=torch.bfloat16), torch.full((2,), 0.3, dtype=torch.bfloat16), torch.arange(3, dtype=torch.bfloat16))
print(x.float(), x.double(), x.half(), x.int(), x.to(torch.int64))
print(torch.tensor(1e-8, dtype=torch.bfloat16), torch.tensor(300.0).bfloat16(), torch.tensor([257, 1023]).bfloat16())
print(torch.finfo(torch.bfloat16), torch.finfo(torch.bfloat16).eps, torch.finfo(torch.bfloat16).max)
try:
    x.numpy()
except TypeError as e:
    print("TypeError", e)
torch.manual_seed(0)
m = torch.nn.Linear(3, 2).bfloat16()
print(m.weight.dtype, m(torch.ones(1, 3, dtype=torch.bfloat16)))
try:
    m(torch.ones(1, 3))
except RuntimeError as e:
    print(e)
print(x == x.float(), x.is_floating_point(), x.new_zeros(2), x.clone()[:2])
z = torch.zeros(3, dtype=torch.bfloat16)
z[0] = 0.1
z += 1.001
print(z, z.type(), x.sum(dtype=torch.float32))
print(torch.tensor([float("nan"), float("inf"), -3.4e38]).bfloat16())
