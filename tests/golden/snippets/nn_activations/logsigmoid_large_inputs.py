# logsigmoid far from 0: +0. for large positive float32 inputs (exp(-x) underflows first), x itself for large
# negative ones, and float64 values through the same formula.
import torch
import torch.nn.functional as F

x = torch.tensor([-120.0, -20.0, 0.0, 20.0, 60.0, 88.0, 120.0, float("inf"), -float("inf"), float("nan")])
print(F.logsigmoid(x))
print(F.logsigmoid(x).tolist())
print(torch.nn.LogSigmoid()(x.double()).tolist())
g = torch.Generator().manual_seed(0)
y = torch.randn(500, generator=g, dtype=torch.float64) * 10
print(F.logsigmoid(y).sum().item(), F.logsigmoid(y)[:5].tolist())
z = torch.tensor([150.0, -3.0], requires_grad=True)
out = F.logsigmoid(z)
out.sum().backward()
print(out, z.grad)
