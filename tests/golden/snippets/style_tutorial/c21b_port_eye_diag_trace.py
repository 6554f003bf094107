# numpy's eye(k=), diag, trace(offset=) and triu translated to torch
import numpy as np
import torch

print(np.eye(3, k=1), torch.diag(torch.ones(2), 1))
vals = torch.tensor([2.0, 5.0, 7.0])
M = torch.diag(vals) + torch.diag(torch.ones(2), -1)
print(M)
print(torch.diagonal(M, offset=-1), np.trace(M.numpy(), offset=-1))
print(torch.trace(M), M.diagonal().sum())
print(torch.triu(M, diagonal=0).count_nonzero())
print(torch.diag_embed(vals, offset=1).shape)
