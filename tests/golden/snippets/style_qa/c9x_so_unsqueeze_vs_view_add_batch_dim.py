# Q: my model expects a batch: add a batch dim for one sample with unsqueeze(0), x[None], view(1, -1).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.Flatten(), nn.Linear(2 * 4 * 4, 3))
img = torch.randn(1, 6, 6)
try:
    out = model(img)
    print(out.shape)
except RuntimeError as e:
    print("RuntimeError:", e)
batch = img.unsqueeze(0)
print(batch.shape, img[None].shape, img.view(1, *img.shape).shape)
print(model(batch).shape)
vec = torch.randn(5)
lin = nn.Linear(5, 2)
print(lin(vec).shape, lin(vec.unsqueeze(0)).shape)
print(model(batch).squeeze(0).shape, model(batch).argmax(dim=1))
try:
    nn.Conv2d(1, 2, 3)(torch.randn(6, 6))
except RuntimeError as e:
    print("RuntimeError:", e)
