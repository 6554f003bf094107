# An MLP with dropout layers: training output varies, eval output is deterministic
import torch
from torch import nn

torch.manual_seed(3)
net = nn.Sequential(nn.Flatten(), nn.Linear(8, 16), nn.ReLU(), nn.Dropout(0.5),
                    nn.Linear(16, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 2))
X = torch.randn(3, 2, 4)
a, b = net(X), net(X)
print("train mode same?", torch.equal(a, b))
net.eval()
c, d = net(X), net(X)
print("eval mode same?", torch.equal(c, d))
print(c)
print([type(m).__name__ for m in net if isinstance(m, nn.Dropout)], net[3].p)
