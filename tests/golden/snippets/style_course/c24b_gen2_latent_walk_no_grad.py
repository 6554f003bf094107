# generating a latent walk under inference_mode, and what that tensor refuses
import torch
import torch.nn as nn

torch.manual_seed(68)
G = nn.Sequential(nn.Linear(2, 3), nn.Sigmoid())
with torch.inference_mode():
    zs = torch.linspace(-1, 1, 4).unsqueeze(1).repeat(1, 2)
    imgs = G(zs)
print(imgs.shape, imgs.is_inference(), imgs.requires_grad)
try:
    imgs.requires_grad_(True)
    (imgs * 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
print(zs)
