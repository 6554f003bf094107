# torch.round rounds halves to even (unlike Python 2's round), with decimals too
import torch

x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5])
print(torch.round(x))
print(x.round().to(torch.int64))
print(torch.round(torch.tensor([0.125, 0.135, 1.2345]), decimals=2))
print(torch.floor(x + 0.5))
print(torch.trunc(x), x.fix())
print([round(v) for v in [0.5, 1.5, 2.5]])
