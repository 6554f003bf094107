# Weight init in a course notebook: model.apply with xavier_uniform_ and zeros_, then per-layer statistics.
import torch
import torch.nn as nn

torch.manual_seed(16)


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight, gain=nn.init.calculate_gain('relu'))
        nn.init.zeros_(m.bias)
        print('init', m)


net = nn.Sequential(nn.Linear(20, 40), nn.ReLU(), nn.Linear(40, 10), nn.ReLU(), nn.Linear(10, 1))
net.apply(init_weights)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), round(p.mean().item(), 5), round(p.std().item(), 5))
bound = nn.init.calculate_gain('relu') * (6 / (20 + 40)) ** 0.5
print(bound, net[0].weight.abs().max().item() <= bound)
w = torch.empty(3, 5)
nn.init.xavier_normal_(w)
print(w)
nn.init.constant_(w, 0.25)
print(w.sum(), nn.init.orthogonal_(torch.empty(2, 2)).shape)
