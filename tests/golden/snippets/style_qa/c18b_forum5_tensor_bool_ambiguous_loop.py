# Q: "Boolean value of Tensor with more than one value is ambiguous" in my early stopping
import torch

losses = torch.tensor([0.5, 0.3])
best = torch.tensor([0.4, 0.4])
try:
    if losses < best:
        print("improved")
except RuntimeError as err:
    print(err)
if (losses < best).any():
    print("some improved:", (losses < best).nonzero().flatten().tolist())
if torch.tensor([0.1]) < 0.4:
    print("single-element tensors are fine")
