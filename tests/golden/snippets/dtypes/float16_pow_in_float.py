# float16 x ** n is computed in float and rounded to half once, as PyTorch's opmath does
import torch
torch.manual_seed(0)
x = (torch.rand(50) * 3 + 0.01).half()
for e in (2, 3, 0.5, -1, -2, -0.5, 2.5, 4, 1.7, 0):
    print(e, x.pow(e).tolist()[:8], (x ** e).sum().item())
xr = x.clone().requires_grad_(); (xr ** 3).sum().backward(); print(xr.grad.tolist()[:6])
xr = (torch.rand(40) * 3 + 0.01).half().requires_grad_(); y = xr.rsqrt(); y.sum().backward(); print(xr.grad.tolist()[:6])
print(torch.tensor([60000.], dtype=torch.float16) ** 2, torch.tensor([2.], dtype=torch.float16) ** 0.5)
