# Q: initialising all Linear layers with model.apply(init_weights) and checking it worked.
import torch
import torch.nn as nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        torch.nn.init.xavier_uniform_(m.weight)
        m.bias.data.fill_(0.01)

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Sequential(nn.Linear(3, 3), nn.Tanh()), nn.Linear(3, 1))
ret = net.apply(init_weights)
print(ret is net)
print(net[0].bias, net[2][0].bias)
print(net[3].weight)
visited = []
net.apply(lambda m: visited.append(type(m).__name__))
print(visited)
for name, module in net.named_modules():
    print(repr(name), type(module).__name__)
print([n for n, _ in net.named_children()])
nn.init.constant_(net[0].weight, 0.5)
nn.init.zeros_(net[3].bias)
print(net[0].weight, net[3].bias)
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('tanh'), nn.init.calculate_gain('leaky_relu', 0.2))
