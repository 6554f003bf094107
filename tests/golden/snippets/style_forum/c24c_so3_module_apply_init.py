# Q: initialising all Linear layers with model.apply
import torch
import torch.nn as nn


def set_weights(mod):
    if isinstance(mod, nn.Linear):
        nn.init.constant_(mod.weight, 0.1)
        nn.init.zeros_(mod.bias)
        print("init", mod)


stack = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Sequential(nn.Linear(3, 1)))
stack.apply(set_weights)
print(stack(torch.ones(1, 2)))
print([type(mod).__name__ for mod in stack.modules()])
