# Images: channels-last to channels-first with permute, a batch, per-channel mean and std normalisation.
import torch

torch.manual_seed(0)
img_arr = torch.randint(0, 256, (5, 4, 3), dtype=torch.uint8)
img = img_arr.permute(2, 0, 1)
print(img.shape, img.dtype, img.is_contiguous())
batch_size = 3
batch = torch.zeros(batch_size, 3, 5, 4, dtype=torch.uint8)
for i in range(batch_size):
    batch[i] = torch.randint(0, 256, (5, 4, 3), dtype=torch.uint8).permute(2, 0, 1)
batch = batch.float()
batch /= 255.0
n_channels = batch.shape[1]
for c in range(n_channels):
    mean = torch.mean(batch[:, c])
    std = torch.std(batch[:, c])
    batch[:, c] = (batch[:, c] - mean) / std
print(batch.view(3, 3, -1).mean(dim=(0, 2)))
imgs = torch.rand(4, 3, 8, 8)
print(imgs.view(3, -1).mean(dim=1).shape)
print(imgs.transpose(0, 1).reshape(3, -1).mean(dim=1))
try:
    imgs.transpose(0, 1).view(3, -1)
except RuntimeError as e:
    print(e)
