import torch

torch.manual_seed(1)
vals = (torch.rand(10000) * 1e-3 + 1.0).float()


def naive(v):
    s = torch.tensor(0.0)
    for t in v[:2000]:
        s = s + t
    return s


def kahan(v):
    s = torch.tensor(0.0)
    c = torch.tensor(0.0)
    for t in v[:2000]:
        y = t - c
        tmp = s + y
        c = (tmp - s) - y
        s = tmp
    return s


exact = vals[:2000].double().sum()
print("exact (float64):", exact.item())
print("naive float32 :", naive(vals).item())
print("kahan float32 :", kahan(vals).item())
print("torch.sum     :", vals[:2000].sum().item())
print("naive err > kahan err:", abs(naive(vals).item() - exact.item()) > abs(kahan(vals).item() - exact.item()))
