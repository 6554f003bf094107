# Occlusion sensitivity on a 4x4 "image" with a 2x2 grey patch, stride 2
import torch

torch.manual_seed(11)
kernel = torch.randn(4, 4)
def model(img):
    return (img * kernel).sum()

img = torch.arange(16, dtype=torch.float32).reshape(4, 4) / 15
heat = torch.zeros(2, 2)
base = model(img)
for i in range(2):
    for j in range(2):
        patched = img.clone()
        patched[2*i:2*i+2, 2*j:2*j+2] = 0.5
        heat[i, j] = base - model(patched)
print(heat)
print(heat.abs().argmax(), heat.flatten().abs().argsort(descending=True))
