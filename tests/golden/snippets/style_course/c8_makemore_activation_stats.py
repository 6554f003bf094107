# Diagnostics from the lecture: tanh saturation, activation/gradient std per layer and update-to-data ratio.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
layers = [nn.Linear(30, 50), nn.Tanh(), nn.Linear(50, 50), nn.Tanh(), nn.Linear(50, 27)]
with torch.no_grad():
    for layer in layers:
        if isinstance(layer, nn.Linear):
            layer.weight *= 5 / 3
    layers[-1].weight *= 0.1
x = torch.randn(64, 30)
y = torch.randint(0, 27, (64,))
out = x
for layer in layers:
    out = layer(out)
    out.retain_grad()
    layer.out = out
loss = F.cross_entropy(out, y)
loss.backward()
print('loss', round(loss.item(), 4))
for i, layer in enumerate(layers[:-1]):
    if isinstance(layer, nn.Tanh):
        t = layer.out
        print('layer %d (%10s): mean %+.2f, std %.2f, saturated: %.2f%%' % (
            i, layer.__class__.__name__, t.mean(), t.std(), (t.abs() > 0.97).float().mean() * 100))
for i, layer in enumerate(layers[:-1]):
    if isinstance(layer, nn.Tanh):
        t = layer.out.grad
        print('layer %d (%10s): grad mean %+f, std %e' % (i, layer.__class__.__name__, t.mean(), t.std()))
lr = 0.1
ud = [((lr * p.grad).std() / p.data.std()).log10().item() for l in layers if isinstance(l, nn.Linear) for p in [l.weight]]
print([f'{u:.3f}' for u in ud])
