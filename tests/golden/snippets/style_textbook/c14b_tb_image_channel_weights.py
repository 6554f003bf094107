# Named dimensions by convention: grayscale as a weighted channel sum over an image batch, with einsum.
import torch

torch.manual_seed(12)
img = torch.rand(3, 4, 4)
batch = torch.rand(2, 3, 4, 4)
lum = torch.tensor([0.30, 0.59, 0.11])
print(img.mean(-3).shape, batch.mean(-3).shape)
lum_b = lum.unsqueeze(-1).unsqueeze(-1)
print(lum_b.shape)
gray = (img * lum_b).sum(-3)
gray_batch = (batch * lum_b).sum(-3)
print(gray)
print(gray_batch.shape)
gray_e = torch.einsum('...chw,c->...hw', batch, lum)
print(gray_e.shape, torch.allclose(gray_e, gray_batch))
print((gray_e - gray_batch).abs().max())
print(batch.permute(0, 2, 3, 1).shape, batch.flatten(1).shape)
print(img.max(dim=0).values[0], img.max(dim=0).indices[0])
