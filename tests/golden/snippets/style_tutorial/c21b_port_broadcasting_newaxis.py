# RBF kernel matrix with numpy-style None axes, checked against numpy
import numpy as np
import torch

xs = torch.tensor([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [0.5, 0.5]])
sq = ((xs[:, None] - xs[None]) ** 2).sum(axis=-1)
K = torch.exp(-sq / 2.0)
print(sq)
print(K)
x_np = xs.numpy()
K_np = np.exp(-((x_np[:, np.newaxis, :] - x_np[np.newaxis, :, :]) ** 2).sum(-1) / 2)
print(np.allclose(K.numpy(), K_np))
print(torch.linalg.eigvalsh(K).min() > 0)
print(xs[..., None].shape, xs[:, None, :].shape)
