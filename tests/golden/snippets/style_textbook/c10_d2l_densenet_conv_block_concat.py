# DenseNet pieces: conv_block, DenseBlock channel growth by concatenation, transition block.
import torch
from torch import nn

def conv_block(in_c, out_c):
    return nn.Sequential(nn.BatchNorm2d(in_c), nn.ReLU(), nn.Conv2d(in_c, out_c, kernel_size=3, padding=1))

class DenseBlock(nn.Module):
    def __init__(self, num_convs, in_c, growth):
        super().__init__()
        self.net = nn.Sequential(*[conv_block(in_c + i * growth, growth) for i in range(num_convs)])

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = torch.cat((X, Y), dim=1)
        return X

def transition_block(in_c, out_c):
    return nn.Sequential(nn.BatchNorm2d(in_c), nn.ReLU(), nn.Conv2d(in_c, out_c, kernel_size=1),
                         nn.AvgPool2d(kernel_size=2, stride=2))

torch.manual_seed(2)
blk = DenseBlock(2, 3, 10)
X = torch.randn(4, 3, 8, 8)
Y = blk(X)
print(Y.shape)
print(torch.equal(Y[:, :3], X))
t = transition_block(23, 10)
Z = t(Y)
print(Z.shape)
print([tuple(p.shape) for p in blk.parameters()])
print(round(Z.mean().item(), 6), round(Z.std().item(), 6))
print(blk.net[1][2])
