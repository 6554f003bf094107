# A numerically stable sigmoid by hand: branch on the sign of x
import torch

def naive_sigmoid(x):
    return 1 / (1 + torch.exp(-x))

def stable_sigmoid(x):
    pos = x >= 0
    z = torch.exp(-x.abs())
    return torch.where(pos, 1 / (1 + z), z / (1 + z))

x = torch.tensor([-1000.0, -30.0, -1.0, 0.0, 1.0, 30.0, 1000.0])
print(naive_sigmoid(x))
print(stable_sigmoid(x))
print(torch.sigmoid(x))
print(torch.equal(stable_sigmoid(x), torch.sigmoid(x)))
