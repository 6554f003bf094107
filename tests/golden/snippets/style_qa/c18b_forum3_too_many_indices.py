# Q: "too many indices for tensor of dimension 1"
import torch

scores = torch.tensor([0.2, 0.9, 0.4])
try:
    print(scores[0, 1])
except IndexError as err:
    print("IndexError ->", err)
try:
    print(scores[3])
except IndexError as err:
    print("IndexError ->", err)
print(scores[-1], scores[None, 1:])
print(scores[..., 0])
