# Q: Boolean value of Tensor with more than one value is ambiguous
import torch

pred = torch.tensor([0.2, 0.9])
if (pred > 0.5).any():
    print('some positive')
print(bool(torch.tensor([1])), bool(torch.tensor(0.0)))
while pred < 1:
    pred = pred * 2
