# Numerics chapter: order of summation changes the float32 result.
import torch

torch.manual_seed(0)
x = torch.rand(10000) * 1000
seq = torch.tensor(0.0)
for v in x[:2000]:
    seq += v
print(seq.item())
print(x[:2000].sum().item())
print(x[:2000].double().sum().item())
print(torch.sort(x[:2000]).values.sum().item())
kahan_sum = torch.tensor(0.0)
comp = torch.tensor(0.0)
for v in x[:2000]:
    yk = v - comp
    t = kahan_sum + yk
    comp = (t - kahan_sum) - yk
    kahan_sum = t
print(kahan_sum.item())
print(x.mean().item(), x.double().mean().item())
print(torch.cumsum(x[:5], 0))
