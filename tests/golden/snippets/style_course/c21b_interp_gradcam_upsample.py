# Grad-CAM heatmap upsampled to the input size with bilinear interpolation
import torch
import torch.nn.functional as F

torch.manual_seed(11)
feature_maps = torch.randn(1, 3, 2, 2, requires_grad=True)
w = torch.randn(3)
score = (feature_maps.mean(dim=(2, 3)) * w).sum()
score.backward()
weights = feature_maps.grad.mean(dim=(2, 3))
print(weights)
cam = F.relu((weights[:, :, None, None] * feature_maps).sum(dim=1, keepdim=True))
print(cam.grad_fn)
heat = F.interpolate(cam.detach(), size=(4, 4), mode="bilinear", align_corners=False)
print(heat.squeeze())
heat2 = F.interpolate(cam.detach(), scale_factor=2, mode="nearest")
print(heat2.squeeze())
