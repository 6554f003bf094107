# Q: turning a list of tensors (or of numbers, or of arrays) into one tensor: stack, tensor(list), cat.
import numpy as np
import torch

lst = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
print(torch.stack(lst), torch.stack(lst, dim=1).shape)
try:
    torch.tensor(lst)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.tensor([t.tolist() for t in lst]))
scalars = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(scalars), torch.stack(scalars))
arrays = [np.array([1, 2]), np.array([3, 4])]
print(torch.tensor(np.array(arrays)), torch.from_numpy(np.stack(arrays)).dtype)
try:
    torch.stack([torch.ones(2), torch.ones(3)])
except RuntimeError as e:
    print(e)
print(torch.cat([t.unsqueeze(0) for t in lst]).shape)
