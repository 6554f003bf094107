# Walk a model with named_modules(), then re-initialise it with model.apply(init_fn).
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.Tanh())
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.features(x))

torch.manual_seed(1)
net = Net()
for name, module in net.named_modules():
    print(repr(name), type(module).__name__)
print(len(list(net.modules())), len(list(net.children())))

def init_fn(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
        print("init", m.in_features, m.out_features)

out = net.apply(init_fn)
print(out is net)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), round(p.abs().sum().item(), 4))
bound = (6 / (4 + 8)) ** 0.5
print(round(bound, 6), net.features[0].weight.abs().max().item() <= bound)
x = torch.randn(2, 4)
print(net(x))
print(dict(net.named_modules())["features.2"])
