# WaveNet-style grouping of consecutive embeddings with view.
import torch

B, T, C = 4, 8, 10
x = torch.arange(B * T * C, dtype=torch.float32).view(B, T, C)
n = 2
y = x.view(B, T // n, C * n)
print(y.shape)
print(torch.equal(y[0, 0], torch.cat([x[0, 0], x[0, 1]])))
print(torch.cat([x[:, ::2, :], x[:, 1::2, :]], dim=2).shape)
z = y.view(B, -1, C * n * 2)
print(z.shape, z.squeeze(1).shape if z.shape[1] == 1 else z[:, 0].shape)
e = torch.nn.Embedding(27, 10)
print(e.weight.shape, e(torch.zeros(4, 8, dtype=torch.long)).shape)
