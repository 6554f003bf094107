# Q: what shape does matmul give for vectors and batches?
import torch

v = torch.ones(3)
m = torch.ones(3, 4)
batch = torch.ones(5, 2, 3)
print((v @ m).shape, (m.T @ v).shape, (v @ v).shape)
print((batch @ m).shape, (batch @ v).shape)
print(torch.matmul(torch.ones(7, 1, 2, 3), torch.ones(6, 3, 4)).shape)
print((v @ v).dim(), torch.outer(v, torch.ones(2)).shape)
