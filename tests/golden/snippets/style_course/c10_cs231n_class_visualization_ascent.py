# cs231n network visualization: gradient ascent on an input "image" to maximise one class score with L2 regularisation.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 6, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(24, 5))
for p in model.parameters():
    p.requires_grad_(False)
img = torch.randn(1, 3, 8, 8).mul_(0.1).requires_grad_()
target_y, l2_reg, learning_rate = 3, 1e-3, 5.0
for t in range(25):
    scores = model(img)
    obj = scores[0, target_y] - l2_reg * img.norm() ** 2
    obj.backward()
    with torch.no_grad():
        g = img.grad
        img += learning_rate * g / g.norm()
        img.grad.zero_()
    if t % 6 == 0:
        print(t, f"{scores[0, target_y].item():.4f}", scores.argmax(1).item())
print(model(img).softmax(1))
print(img.grad.abs().sum(), img.requires_grad, img.is_leaf)
saliency = img.detach().abs().max(dim=1).values
print(saliency.shape, saliency.max() >= saliency.mean())
