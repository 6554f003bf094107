# Grad-CAM using register_full_backward_hook on the conv layer
import torch
from torch import nn

torch.manual_seed(2)
layer = nn.Conv2d(2, 3, 3)
model = nn.Sequential(layer, nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(3, 2))
acts, grads = [], []
fh = layer.register_forward_hook(lambda m, i, o: acts.append(o.detach()))
bh = layer.register_full_backward_hook(lambda m, gi, go: grads.append(go[0].detach()))
x = torch.randn(1, 2, 5, 5)
y = model(x)
y[0, 0].backward()
A, G = acts[0], grads[0]
print(A.shape, G.shape)
alpha = G.mean(dim=(2, 3))
print(alpha)
cam = torch.relu(torch.einsum("bc,bchw->bhw", alpha, A))
print(cam)
print(cam / cam.max().clamp(min=1e-8))
fh.remove(); bh.remove()
print(len(layer._forward_hooks), len(layer._backward_hooks))
