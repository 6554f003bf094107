# occlusion sensitivity: slide a grey patch over the image and record the score drop
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(2 * 4 * 4, 2)).eval()
img = torch.rand(1, 1, 4, 4)
with torch.no_grad():
    base = model(img)[0, 1]
    heat = torch.zeros(3, 3)
    for i in range(3):
        for j in range(3):
            occ = img.clone()
            occ[..., i:i + 2, j:j + 2] = 0.5
            heat[i, j] = base - model(occ)[0, 1]
print(base)
print(heat)
print("most important patch", divmod(heat.argmax().item(), 3))
