# cache every layer's activations by name with forward hooks, then remove the handles
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 5), nn.GELU(), nn.Linear(5, 5), nn.Tanh(), nn.Linear(5, 2))
cache = {}
handles = []
for name, mod in model.named_modules():
    if name == "":
        continue
    def hook(m, inp, out, name=name):
        cache[name] = out.detach().clone()
    handles.append(mod.register_forward_hook(hook))
out = model(torch.randn(3, 4))
for k, v in cache.items():
    print(k, type(model[int(k)]).__name__, tuple(v.shape), f"{v.mean().item():.4f}")
for h in handles:
    h.remove()
cache.clear()
model(torch.randn(1, 4))
print("after removal:", len(cache))
