# Grad-CAM: weight feature maps by their average gradient, ReLU the sum
import torch
import torch.nn as nn

torch.manual_seed(5)
features = nn.Sequential(nn.Conv2d(1, 3, 3, padding=1), nn.ReLU())
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(3, 2))
img = torch.rand(1, 1, 4, 4)
A = features(img)
A.retain_grad()
logits = head(A)
cls = logits.argmax(1).item()
logits[0, cls].backward()
weights = A.grad.mean(dim=(2, 3), keepdim=True)
cam = torch.relu((weights * A).sum(dim=1))
print(A.shape, A.grad.shape, weights.shape, cam.shape)
print(cam.min() >= 0, A.is_leaf, A.grad_fn.name())
print(cam.max() > 0)
