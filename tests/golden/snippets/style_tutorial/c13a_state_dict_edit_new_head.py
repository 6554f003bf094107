# Editing a state_dict by hand: zero a bias, replace the classifier for 5 classes, scale a weight.
import torch
import torch.nn as nn

torch.manual_seed(12)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
sd = model.state_dict()
print({k: tuple(v.shape) for k, v in sd.items()})
sd["0.bias"].zero_()
print(model[0].bias)
sd2 = {k: v.clone() for k, v in model.state_dict().items()}
sd2["2.weight"] = torch.full((5, 6), 0.1)
sd2["2.bias"] = torch.arange(5.0)
model[2] = nn.Linear(6, 5)
print(model.load_state_dict(sd2))
print(model[2].bias, model[2].weight.requires_grad)
with torch.no_grad():
    model[0].weight.mul_(2)
print(model.state_dict()["0.weight"].requires_grad, model[0].weight.requires_grad)
x = torch.ones(1, 4)
print(model(x))
keys = list(model.state_dict())
print(keys, len(keys))
print(model.state_dict(keep_vars=True)["2.bias"].requires_grad)
