# Computing per-channel mean and std of an image dataset with a DataLoader (for Normalize), two ways.
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(61)
images = torch.rand(20, 3, 8, 8) * torch.tensor([1.0, 0.5, 0.25]).view(1, 3, 1, 1)
loader = DataLoader(TensorDataset(images), batch_size=6)
n_pixels = 0
channel_sum = torch.zeros(3)
channel_sq = torch.zeros(3)
for (batch,) in loader:
    n_pixels += batch.size(0) * batch.size(2) * batch.size(3)
    channel_sum += batch.sum(dim=(0, 2, 3))
    channel_sq += (batch ** 2).sum(dim=(0, 2, 3))
mean = channel_sum / n_pixels
std = (channel_sq / n_pixels - mean ** 2).sqrt()
print(mean)
print(std)
print(images.mean(dim=(0, 2, 3)))
print(images.std(dim=(0, 2, 3), unbiased=False))
print(torch.allclose(mean, images.mean(dim=(0, 2, 3)), atol=1e-6))
normed = (images - mean.view(1, 3, 1, 1)) / std.view(1, 3, 1, 1)
print(normed.mean(dim=(0, 2, 3)).abs().max() < 1e-5, normed.std(dim=(0, 2, 3), unbiased=False))
