# A custom nn.Module: listing named_parameters, shapes and requires_grad
import torch
from torch import nn

class TinyClassifier(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.hidden = nn.Linear(n_in, n_hidden)
        self.act = nn.ReLU()
        self.output = nn.Linear(n_hidden, n_out)
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        return self.output(self.act(self.hidden(x))) * self.scale

torch.manual_seed(1612)
net = TinyClassifier(4, 5, 3)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad, p.dtype)
print(sum(p.numel() for p in net.parameters()))
print(net.scale)
print(net(torch.ones(2, 4)))
