# Printing an EmbeddingBag's state_dict and parameters
import torch
import torch.nn as nn

torch.manual_seed(60)
bag = nn.EmbeddingBag(3, 2, mode='sum')
print(bag.state_dict())
print(list(bag.parameters()))
print(bag.weight.is_leaf, bag.weight.grad)
