# A concise MLP, weights initialised through net.apply, and a printout of the first layer.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)
net.apply(init_weights)
print(net[1].weight.data[0], net[1].bias.data)
X = torch.rand(2, 4, 4)
print(net(X).shape)
print([(name, param.shape) for name, param in net.named_parameters()])
print(net.state_dict()['3.bias'])
print(*[(name, param.shape) for name, param in net[3].named_parameters()])
