# Luminance from RGB: channel weights broadcast over (C, H, W) and over a batch (B, C, H, W).
import torch

torch.manual_seed(12)
photo = torch.rand(3, 4, 6)
album = torch.rand(5, 3, 4, 6)
lum = torch.tensor([0.299, 0.587, 0.114])
per_channel = lum[:, None, None]
print(per_channel.shape, (photo * per_channel).shape, (album * per_channel).shape)
gray_photo = (photo * per_channel).sum(dim=0)
gray_album = (album * per_channel).sum(dim=1)
print(gray_photo.shape, gray_album.shape)
via_einsum = torch.einsum('bchw,c->bhw', album, lum)
via_tensordot = torch.tensordot(lum, photo, dims=([0], [0]))
print(torch.allclose(via_einsum, gray_album), torch.allclose(via_tensordot, gray_photo))
print(gray_photo[0])
print(album.mean(dim=1).shape, gray_album.max() <= 1.0)
