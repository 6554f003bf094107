# Total variation regulariser for denoising: anisotropic TV and its gradient.
import torch

img = torch.tensor([[[0.0, 1.0, 1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 0.0]]], requires_grad=True)
dh = img[:, 1:, :] - img[:, :-1, :]
dw = img[:, :, 1:] - img[:, :, :-1]
tv = dh.abs().sum() + dw.abs().sum()
tv.backward()
print(tv)
print(img.grad)
print(dh.grad_fn.name(), dh.shape, dw.shape)
