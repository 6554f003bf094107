# Q: torch.cat "Sizes of tensors must match except in dimension 1": the message, dtype promotion and empty tensors.
import torch

a = torch.ones(2, 3)
b = torch.zeros(3, 2)
try:
    torch.cat([a, b], dim=1)
except RuntimeError as e:
    print(e)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(e)
print(torch.cat([a, b.T]).shape, torch.cat([a, b.T], dim=-1).shape)
print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]))
print(torch.cat([torch.tensor([True]), torch.tensor([3])]).dtype)
result = torch.tensor([])
for i in range(3):
    result = torch.cat([result, torch.full((2,), float(i))])
print(result, result.shape)
try:
    torch.cat([torch.ones(2, 2), torch.ones(2)])
except RuntimeError as e:
    print(e)
print(torch.cat([torch.empty(0, 3), a]).shape)
print(torch.cat((a, a), 0).shape, torch.concat([a, a], 1).shape, torch.hstack([a, a]).shape)
try:
    torch.cat(a, b)
except TypeError as e:
    print(type(e).__name__, e)
