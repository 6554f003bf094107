# Batched occlusion with F.unfold: every 2x2 patch zeroed in one forward pass
import torch
import torch.nn.functional as F

img = torch.arange(1.0, 17.0).reshape(1, 1, 4, 4)
weights = torch.linspace(-1, 1, 16).reshape(1, 1, 4, 4)
score = lambda t: (t * weights).sum(dim=(1, 2, 3))
patches = F.unfold(torch.ones(1, 1, 4, 4), kernel_size=2, stride=2)
print(patches.shape)
masks = F.fold(patches, output_size=(4, 4), kernel_size=2, stride=2)
print(masks.shape, masks.sum())
occluded = []
for k in range(4):
    m = torch.ones(1, 1, 4, 4)
    i, j = divmod(k, 2)
    m[..., 2 * i:2 * i + 2, 2 * j:2 * j + 2] = 0
    occluded.append(img * m)
batch = torch.cat(occluded)
print(batch.shape)
print(score(img) - score(batch))
