# Saliency: gradient of the top class score with respect to the input pixels.
import torch
import torch.nn as nn

torch.manual_seed(42)
model = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(2, 3))
model.eval()
x = torch.rand(1, 1, 4, 4, requires_grad=True)
scores = model(x)
top = scores.argmax(dim=1).item()
scores[0, top].backward()
sal = x.grad.abs().squeeze()
print(top, sal.shape)
print(sal.argmax().item() < 16, (sal >= 0).all().item())
print(x.grad.shape, model[0].weight.grad.shape)
