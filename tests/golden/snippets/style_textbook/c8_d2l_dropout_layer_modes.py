# Dropout from scratch with probabilities 0, 0.5 and 1, and nn.Dropout in train versus eval mode.
import torch
from torch import nn

def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return torch.zeros_like(X)
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)

torch.manual_seed(4)
X = torch.arange(16, dtype=torch.float32).reshape((2, 8))
print('dropout_p = 0:', dropout_layer(X, 0))
print('dropout_p = 0.5:', dropout_layer(X, 0.5))
print('dropout_p = 1:', dropout_layer(X, 1))
net = nn.Sequential(nn.Flatten(), nn.Linear(8, 6), nn.ReLU(), nn.Dropout(0.5), nn.Linear(6, 2))
print(net)
net.train()
out_train = net[:4](X)
print(out_train)
net.eval()
print(net[:4](X), net[3])
print(torch.equal(net(X), net(X)))
d = nn.Dropout(p=0.2, inplace=True)
y = torch.ones(10)
d(y)
print(y)
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError:", e)
