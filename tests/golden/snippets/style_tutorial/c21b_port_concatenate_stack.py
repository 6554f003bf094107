# np.concatenate / np.stack / np.vstack / np.hstack in torch
import numpy as np
import torch

a, b = torch.tensor([[1, 2]]), torch.tensor([[3, 4]])
print(torch.cat([a, b], axis=0))
print(torch.concatenate((a, b), axis=1))
print(torch.stack([a, b]).shape, np.stack([a.numpy(), b.numpy()]).shape)
print(torch.vstack([a, b]), torch.hstack([a, b]))
print(torch.column_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]))
print(torch.dstack([a, b]).shape)
