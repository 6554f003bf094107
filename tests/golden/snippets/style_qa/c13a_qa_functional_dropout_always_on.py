# Q: eval results change run to run: F.dropout in forward() defaults to training=True, ignoring model.eval().
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, fixed):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.fixed = fixed

    def forward(self, x):
        h = self.fc(x)
        return F.dropout(h, p=0.5, training=self.training) if self.fixed else F.dropout(h, p=0.5)


torch.manual_seed(78)
x = torch.ones(1, 4)
for fixed in (False, True):
    net = Net(fixed).eval()
    a, b = net(x), net(x)
    print("fixed" if fixed else "buggy", torch.equal(a, b), net.training)
print(F.dropout(torch.ones(4), p=0.5, training=False))
print(nn.Dropout(0.5).eval()(torch.ones(4)))
