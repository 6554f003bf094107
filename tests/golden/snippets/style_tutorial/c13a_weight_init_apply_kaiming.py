# Initialising a CNN with model.apply(init_fn): kaiming for convs, xavier for linears, biases to zero.
import torch
import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        nn.init.zeros_(m.bias)
    elif isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.constant_(m.bias, 0.01)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)


torch.manual_seed(29)
model = nn.Sequential(nn.Conv2d(1, 16, 3), nn.BatchNorm2d(16), nn.ReLU(), nn.Flatten(), nn.Linear(16 * 4 * 4, 10))
model.apply(init_weights)
w = model[0].weight
print(w.shape, round(w.std().item(), 3), round((2 / (16 * 9)) ** 0.5, 3))
lw = model[4].weight
bound = (6 / (256 + 10)) ** 0.5
print(lw.abs().max().item() <= bound, round(bound, 4))
print(model[4].bias[:3], model[0].bias.abs().sum())
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu", 0.2))
out = model(torch.randn(4, 1, 6, 6))
print(out.shape, out.dtype)
