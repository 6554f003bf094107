# Q: expected Tensor as element 0 in argument 0, but got int
import torch

try:
    torch.cat([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    torch.cat(torch.tensor([1, 2]))
except TypeError as e:
    print("TypeError:", e)
print(torch.cat([torch.tensor([1]), torch.tensor([2, 3])]))
print(torch.cat((torch.zeros(1, 2), torch.ones(1, 2)), 0))
