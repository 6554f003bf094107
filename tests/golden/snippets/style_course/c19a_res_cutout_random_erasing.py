# cutout: zero a random square patch with a mask
import torch
torch.manual_seed(80)
img = torch.ones(1, 6, 6)
size = 2
y = torch.randint(0, 6, (1,)).item(); x = torch.randint(0, 6, (1,)).item()
mask = torch.ones(6, 6)
mask[max(0, y - size // 2):y + size // 2 + 1, max(0, x - size // 2):x + size // 2 + 1] = 0
out = img * mask
print(y, x)
print(out[0])
print(out.sum().item())
