import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))


def show(module, inputs, output):
    print(type(module).__name__, tuple(inputs[0].shape), "->", tuple(output.shape))


handles = [m.register_forward_hook(show) for m in model]
model(torch.ones(5, 3))
handles[1].remove()
model(torch.ones(1, 3))


def double_input(module, inputs):
    return (inputs[0] * 2,)


model[0].register_forward_pre_hook(double_input)
with torch.no_grad():
    nn.init.ones_(model[0].weight)
    nn.init.zeros_(model[0].bias)
    print(model[0](torch.ones(1, 3)))
