# Collect intermediate activations with forward hooks, then remove them
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
acts = {}
def save(name):
    def hook(module, inp, out):
        acts[name] = out.detach()
    return hook
handles = [model[i].register_forward_hook(save(f"layer{i}")) for i in range(3)]
x = torch.tensor([[0.5, -1.0, 2.0]])
out = model(x)
for k, v in acts.items():
    print(k, tuple(v.shape), (v > 0).sum().item())
print(torch.equal(acts["layer2"], out.detach()))
for h in handles:
    h.remove()
acts.clear()
model(x)
print(len(acts), len(model[0]._forward_hooks))
