# cutmix: paste a box from shuffled images and fix lambda by box area
import torch
torch.manual_seed(6)
imgs = torch.arange(2 * 1 * 6 * 6, dtype=torch.float32).reshape(2, 1, 6, 6)
lam = 0.7
H = W = 6
cut = int(H * (1 - lam) ** 0.5)
cy, cx = torch.randint(H, (1,)).item(), torch.randint(W, (1,)).item()
y1, y2 = max(cy - cut // 2, 0), min(cy + cut // 2, H)
x1, x2 = max(cx - cut // 2, 0), min(cx + cut // 2, W)
perm = torch.tensor([1, 0])
imgs[:, :, y1:y2, x1:x2] = imgs[perm, :, y1:y2, x1:x2]
lam_adj = 1 - (y2 - y1) * (x2 - x1) / (H * W)
print(cut, (cy, cx), (y1, y2, x1, x2), lam_adj)
print(imgs[0, 0])
