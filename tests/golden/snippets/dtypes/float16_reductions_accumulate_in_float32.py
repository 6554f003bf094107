# float16 sums and means add in float32 and round once; an overflow prints inf, never a numpy warning
import torch
torch.manual_seed(0)
x = torch.full((10,), 60000., dtype=torch.float16)
print(x.sum(), x.mean(), x.prod())
for dt in (torch.float16, torch.bfloat16):
    y = torch.randn(37, 53).to(dt)
    print(y.sum(), y.mean(), y.sum(0)[:5], y.sum(1)[:5], y.mean(0)[:3])
b = torch.randn(5, 7).half()
print(b.prod(), b.prod(1), b.mean(0), b.mean(1, keepdim=True), b.sum((0, 1)), b.t().sum(0), b.nansum())
print(torch.full((3, 4), 30000., dtype=torch.float16).sum(0), torch.full((3, 4), 30000., dtype=torch.float16).mean(1))
print(torch.full((300,), 300., dtype=torch.float16).prod())
a = torch.tensor([3e38, 3e38])
print(a.sum(), a.mean(), a.prod(), a.view(1, 2).sum(0), a.view(2, 1).sum(1), a.cumsum(0), a.cumprod(0))
