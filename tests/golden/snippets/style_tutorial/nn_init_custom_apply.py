# Initialising a model: apply() with xavier_uniform_ and zeros_, then a no_grad weight copy.
import torch
import torch.nn as nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        torch.nn.init.xavier_uniform_(m.weight)
        m.bias.data.fill_(0.01)

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
net.apply(init_weights)
print(net[0].weight, net[0].bias)
with torch.no_grad():
    net[2].weight.copy_(torch.tensor([[0.5, -0.5]]))
print(net[2].weight)
print(nn.init.constant_(torch.empty(2), 0.3), nn.init.ones_(torch.empty(1, 2)))
w = torch.empty(3, 5)
print(nn.init.uniform_(w, a=-0.1, b=0.1).abs().max() <= 0.1)
print(nn.init.eye_(torch.empty(2, 3)))
print(nn.init.dirac_(torch.empty(2, 2, 3))[:, :, 1])
