import torch

x = torch.tensor([3.0, 5.0, 4.0, 8.0, 10.0, 9.0])
d = torch.diff(x)
print(d)
rebuilt = torch.cat([x[:1], x[0] + torch.cumsum(d, 0)])
print(torch.equal(rebuilt, x))
print(torch.diff(x, n=2))
print(torch.diff(x, prepend=torch.tensor([0.0])))
print(x[1:] / x[:-1] - 1)
print(torch.log(x).diff())
