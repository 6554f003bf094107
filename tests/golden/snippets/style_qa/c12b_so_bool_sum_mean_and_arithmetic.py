# Q: counting with bool tensors: sum gives int64, mean fails, subtraction of bools is not supported.
import torch

pred = torch.tensor([1, 0, 2, 2, 1])
target = torch.tensor([1, 1, 2, 0, 1])
correct = pred == target
print(correct, correct.dtype)
print(correct.sum(), correct.sum().dtype, correct.sum().item())
try:
    correct.mean()
except RuntimeError as e:
    print(e)
print(correct.float().mean(), correct.sum() / len(correct), correct.sum().item() / correct.numel())
try:
    correct - correct
except RuntimeError as e:
    print(e)
try:
    -correct
except RuntimeError as e:
    print(e)
print(~correct, correct ^ True, correct.logical_not())
print(correct + correct, correct * 3, correct.int().cumsum(0))
print(torch.count_nonzero(correct), correct.any(), correct.all(), correct.nonzero().flatten())
print(correct.to(torch.float16).sum(), correct.sum(dtype=torch.float32))
