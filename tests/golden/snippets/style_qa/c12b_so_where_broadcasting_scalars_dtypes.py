# Q: torch.where with a scalar branch, broadcasting condition shapes, and the dtype of the result.
import torch

x = torch.tensor([[-1.0, 2.0, -3.0], [4.0, -5.0, 6.0]])
print(torch.where(x > 0, x, 0.0))
print(torch.where(x > 0, x, 0))
print(torch.where(x > 0, 1, 0), torch.where(x > 0, 1, 0).dtype)
print(torch.where(x > 0, 1.0, 0).dtype, torch.where(x > 0, 1, 0.5).dtype)
cond = torch.tensor([True, False, True])
print(torch.where(cond, x, -x))
print(torch.where(cond[:, None][:2], x[:, :1], torch.zeros(1, 3)))
try:
    torch.where(torch.tensor([True, False]), x, x)
except RuntimeError as e:
    print(e)
try:
    torch.where(x, x, x)
except RuntimeError as e:
    print(e)
i = torch.tensor([1, 2, 3])
print(torch.where(i > 1, i, 0.5), torch.where(i > 1, i, torch.tensor(0.5, dtype=torch.float64)).dtype)
xr = x.clone().requires_grad_()
y = torch.where(xr > 0, xr ** 2, torch.zeros_like(xr)).sum()
y.backward()
print(xr.grad)
print(x.where(x > 0, torch.tensor(-1.0)))
