import torch

s = 3
y = torch.tensor([5.0, 7.0, 6.0, 8.0, 10.0, 9.0, 11.0, 13.0, 12.0])
d = y[s:] - y[:-s]
print(d)
rebuilt = y[:s].clone()
for t in range(len(d)):
    rebuilt = torch.cat([rebuilt, (rebuilt[t] + d[t]).view(1)])
print(torch.equal(rebuilt, y))
print(torch.diff(y, append=y[-1:]))
