# Puzzle 14: sequence_mask(values, length)
import torch

def sequence_mask(values, length):
    cols = torch.arange(values.shape[1])
    return torch.where(cols[None, :] < length[:, None], values, 0)

values = torch.arange(1, 13).reshape(3, 4).float()
length = torch.tensor([2, 0, 4])
out = sequence_mask(values, length)
print(out)
print(out.dtype)
mask = torch.arange(4) < length[:, None]
print(mask)
print(values.masked_fill(~mask, float("-inf")))
print(values.masked_fill(~mask, float("-inf")).softmax(-1))
