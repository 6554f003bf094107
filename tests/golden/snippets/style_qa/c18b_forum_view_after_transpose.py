# Q: view fails after transpose
import torch

batch = torch.arange(24).reshape(2, 3, 4)
swapped = batch.transpose(1, 2)
print(swapped.is_contiguous())
try:
    swapped.view(2, 12)
except RuntimeError as err:
    print(err)
print(swapped.reshape(2, 12))
print(swapped.contiguous().view(2, 12).stride())
