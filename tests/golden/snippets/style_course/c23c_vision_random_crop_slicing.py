# Random crop by slicing with seeded offsets, plus padding before cropping.
import torch
import torch.nn.functional as F

torch.manual_seed(11)
img = torch.arange(25, dtype=torch.float32).reshape(1, 5, 5)
padded = F.pad(img, (1, 1, 1, 1))
print(padded.shape)
for _ in range(3):
    i = torch.randint(0, padded.shape[1] - 3 + 1, (1,)).item()
    j = torch.randint(0, padded.shape[2] - 3 + 1, (1,)).item()
    crop = padded[:, i:i + 3, j:j + 3]
    print(i, j, crop.sum().item(), crop.shape)
print(padded[0, :2])
