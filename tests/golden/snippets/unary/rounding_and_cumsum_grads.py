import torch

x = torch.tensor([[1.5, -2.], [3., .25]], requires_grad=True)
print(x.cumsum(0), x.floor(), x.round(), x.ceil(), x.trunc(), x.frac(), x.abs().log1p(), x.abs().rsqrt(), sep="\n")
(x.cumsum(0).sum() + x.floor().sum() + x.abs().rsqrt().sum() + x.abs().log1p().sum()).backward()
print(x.grad)
print(torch.fmod(torch.tensor(-7.), 3), torch.remainder(torch.tensor(-7.), 3))
try:
    torch.tensor(1) // 0
except RuntimeError as e:
    print(type(e).__name__, e)
