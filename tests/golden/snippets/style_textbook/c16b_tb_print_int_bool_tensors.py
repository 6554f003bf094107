# Integer and boolean tensors print without a decimal point.
import torch

print(torch.tensor([1, -20, 300]))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([7], dtype=torch.uint8), torch.tensor(5, dtype=torch.int16))
print(torch.tensor([123456789012, 1]))
print(torch.arange(3) > 1)
print(torch.tensor([], dtype=torch.int64), torch.tensor([], dtype=torch.bool))
