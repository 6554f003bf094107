# Grad-CAM on a tiny CNN: forward hook saves activations, tensor hook saves their gradient
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU())
head = nn.Linear(4, 3)
store = {}

def fwd_hook(module, inp, out):
    store["act"] = out
    out.register_hook(lambda g: store.__setitem__("grad", g))

h = conv.register_forward_hook(fwd_hook)
img = torch.randn(1, 1, 6, 6)
feat = conv(img)
logits = head(feat.mean(dim=(2, 3)))
cls = logits.argmax(1).item()
logits[0, cls].backward()
weights = store["grad"].mean(dim=(2, 3), keepdim=True)
cam = F.relu((weights * store["act"]).sum(1)).detach()
print("class", cls)
print(weights.flatten())
print(cam.squeeze().round(decimals=3))
h.remove()
