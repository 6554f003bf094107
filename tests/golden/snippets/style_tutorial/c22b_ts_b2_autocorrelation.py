import torch

torch.manual_seed(32)
n = 50
e = torch.randn(n)
x = torch.zeros(n)
for t in range(1, n):
    x[t] = 0.6 * x[t - 1] + e[t]
xc = x - x.mean()
acf = torch.stack([(xc[k:] * xc[:n - k]).sum() / (xc * xc).sum() for k in range(4)])
print(acf.round(decimals=4))
print(torch.corrcoef(torch.stack([x[1:], x[:-1]]))[0, 1].round(decimals=4))
print(torch.cov(torch.stack([x[1:], x[:-1]])).shape)
