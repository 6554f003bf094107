# "Deep Learning with PyTorch" images chapter on synthetic uint8 images: permute HWC->CHW, float, per-channel normalize.
import torch

g = torch.Generator().manual_seed(0)
img_arr = torch.randint(0, 256, (6, 5, 3), dtype=torch.uint8, generator=g)
img = img_arr.permute(2, 0, 1)
print(img.shape, img.dtype, img.is_contiguous(), img_arr.storage_offset())
batch_size = 3
batch = torch.zeros(batch_size, 3, 6, 5, dtype=torch.uint8)
for i in range(batch_size):
    batch[i] = torch.roll(img, shifts=i, dims=2)
print(batch.shape, batch[1, 0, 0])
batch = batch.float()
batch /= 255.0
n_channels = batch.shape[1]
for c in range(n_channels):
    mean = torch.mean(batch[:, c])
    std = torch.std(batch[:, c])
    batch[:, c] = (batch[:, c] - mean) / std
print(batch.mean(dim=(0, 2, 3)), batch.std(dim=(0, 2, 3)))
weights = torch.tensor([0.2126, 0.7152, 0.0722])
img_gray_naive = img.float().mean(-3)
unsqueezed_weights = weights.unsqueeze(-1).unsqueeze_(-1)
img_weights = img.float() * unsqueezed_weights
img_gray_weighted = img_weights.sum(-3)
print(img_gray_naive[0], img_gray_weighted[0])
img_gray_weighted_fancy = torch.einsum("...chw,c->...hw", img.float(), weights)
print(torch.allclose(img_gray_weighted, img_gray_weighted_fancy), img_gray_weighted_fancy.shape)
print(img_arr[0, 0], (img_arr.float() / 255)[0, 0], img_arr.max(), img_arr.sum())
