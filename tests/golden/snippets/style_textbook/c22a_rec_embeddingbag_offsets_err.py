import torch
import torch.nn as nn

bag = nn.EmbeddingBag(4, 2)
try:
    bag(torch.tensor([[0, 1], [2, 3]]), torch.tensor([0, 1]))
except ValueError as e:
    print("ValueError:", e)
try:
    bag(torch.tensor([0, 1, 2]))
except ValueError as e:
    print("ValueError:", e)
print(bag.mode)
