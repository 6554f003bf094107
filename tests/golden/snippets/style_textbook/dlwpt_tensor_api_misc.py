# Tensor API odds and ends: named dims by convention, zero-copy transpose, and dtype conversions in a row.
import torch

img = torch.randn(3, 5, 5)
weights = torch.tensor([0.2126, 0.7152, 0.0722])
batch = torch.randn(2, 3, 5, 5)
img_gray_naive = img.mean(-3)
batch_gray_naive = batch.mean(-3)
print(img_gray_naive.shape, batch_gray_naive.shape)
unsqueezed_weights = weights.unsqueeze(-1).unsqueeze_(-1)
img_weights = img * unsqueezed_weights
batch_weights = batch * unsqueezed_weights
img_gray_weighted = img_weights.sum(-3)
print(batch_weights.shape, batch.shape, unsqueezed_weights.shape)
img_gray_weighted_fancy = torch.einsum('...chw,c->...hw', img, weights)
print(torch.allclose(img_gray_weighted_fancy, img_gray_weighted, atol=1e-6))
double_points = torch.ones(10, 2, dtype=torch.double)
short_points = torch.tensor([[1, 2], [3, 4]], dtype=torch.short)
print(double_points.dtype, short_points.dtype)
print(torch.zeros(10, 2).double().dtype, torch.zeros(10, 2).to(torch.short).dtype, torch.zeros(10, 2).to(dtype=torch.short).dtype)
points_64 = torch.rand(5, dtype=torch.double)
points_short = points_64.to(torch.short)
print((points_64 * points_short).dtype)
