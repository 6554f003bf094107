# Grab intermediate features with forward hooks into a dict, then remove the hooks.
import torch
import torch.nn as nn

torch.manual_seed(13)
model = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8, 2))
features = {}

def save_to(name):
    def hook(module, inp, out):
        features[name] = out.detach()
    return hook

handles = [model[i].register_forward_hook(save_to(f"layer{i}")) for i in (0, 2, 3)]
x = torch.randn(1, 1, 4, 4)
out = model(x)
for k, v in features.items():
    print(k, tuple(v.shape), round(v.sum().item(), 4))
print(out)
print(torch.equal(features["layer3"], features["layer2"].flatten(1)))
for h in handles:
    h.remove()
features.clear()
model(x)
print(features)
print(len(model[0]._forward_hooks))

def pre(module, args):
    print("pre-hook got", [tuple(a.shape) for a in args])
    return (args[0] * 0,)

h = model[4].register_forward_pre_hook(pre)
print(model(x))
h.remove()
