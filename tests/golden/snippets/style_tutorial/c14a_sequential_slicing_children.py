# Working with Sequential: slicing, indexing, len, append/insert, children vs modules, and a feature extractor.
import torch
import torch.nn as nn

torch.manual_seed(1479)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
print(len(net), net[-1], net[:2])
features = net[:-1]
print(type(features).__name__, features(torch.ones(1, 4)).shape)
net.append(nn.Softmax(dim=1))
print(len(net), net(torch.ones(1, 4)))
print(len(list(net.children())), len(list(net.modules())))
net.insert(1, nn.BatchNorm1d(8))
print([type(m).__name__ for m in net])
del net[1]
print(net)
