# Saliency map for a small conv net: max over colour channels of |grad|
import torch
import torch.nn as nn

torch.manual_seed(3)
net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 2))
net.eval()
img = torch.rand(1, 3, 5, 5)
img.requires_grad_()
scores = net(img)
top = scores[0].argmax()
scores[0, top].backward()
sal, _ = img.grad.abs().max(dim=1)
print(sal.shape)
print(sal.squeeze(0).ge(0).all(), sal.dtype)
print(img.grad.shape, img.is_leaf, scores.requires_grad)
print((sal.squeeze() == sal.squeeze().max()).nonzero().shape[1])
