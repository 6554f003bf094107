# Q: dropout still active in eval mode (I used F.dropout)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)


class FixedNet(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


torch.manual_seed(0)
x = torch.ones(6)
print(Net().eval()(x))
print(FixedNet().eval()(x))
print(FixedNet().train()(x))
