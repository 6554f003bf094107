# train()/eval() propagate to children; a custom flag check in forward.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.BatchNorm2d(1), nn.Dropout(0.5))

    def forward(self, x):
        return ("train" if self.training else "eval"), self.body(x).shape

net = Net()
print(net(torch.ones(2, 1, 1, 1)))
net.eval()
print([m.training for m in net.modules()])
net.body.train()
print([m.training for m in net.modules()])
print(net.train(False) is net, net.training)
