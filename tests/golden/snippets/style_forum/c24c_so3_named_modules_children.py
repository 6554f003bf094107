# Q: children vs modules vs named_modules
import torch.nn as nn

net = nn.Sequential(nn.Linear(2, 2), nn.Sequential(nn.ReLU(), nn.Linear(2, 1)))
print(len(list(net.children())), len(list(net.modules())))
print([n for n, _ in net.named_modules()])
print(net.get_submodule("1.1"))
try:
    net.get_submodule("1.5")
except AttributeError as e:
    print("AttributeError:", e)
