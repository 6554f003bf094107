# A custom init function applied with model.apply
import torch
import torch.nn as nn

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
        m.bias.data.fill_(0.01)
    elif isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        nn.init.zeros_(m.bias)

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 4 * 4, 3))
print(model.apply(init_weights) is model)
print(model[3].bias)
bound = (6 / 64) ** 0.5
print(model[3].weight.abs().max().item() <= bound, round(bound, 4))
print(model[0].bias, model[0].weight.std().item() > 0)
