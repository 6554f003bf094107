# Debugging with hooks: forward hooks collecting activation stats, a tensor hook printing and scaling a gradient.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
activations = {}

def get_activation(name):
    def hook(model, input, output):
        activations[name] = output.detach()
    return hook

handles = [model[i].register_forward_hook(get_activation(f"layer{i}")) for i in range(3)]
x = torch.randn(5, 4)
out = model(x)
for name, act in activations.items():
    print(name, tuple(act.shape), f"mean={act.mean():.4f}", f"zeros={(act == 0).float().mean():.2f}")
for h in handles:
    h.remove()
activations.clear()
model(x)
print(activations)
w = model[0].weight
h = w.register_hook(lambda g: print("grad norm", g.norm().item()) or g * 0.5)
out.sum().backward()
print(w.grad.norm())
h.remove()
model.zero_grad()
model(x).sum().backward()
print(w.grad.norm())
