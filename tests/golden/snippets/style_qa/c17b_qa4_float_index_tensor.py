# Q: "tensors used as indices must be long, int, byte or bool tensors"
import torch

data = torch.arange(5.0) * 10
idx = torch.tensor([0.0, 2.0])
try:
    data[idx]
except IndexError as e:
    print(e)
print(data[idx.long()], data[idx.int()])
try:
    data[torch.tensor([5])]
except IndexError as e:
    print(e)
