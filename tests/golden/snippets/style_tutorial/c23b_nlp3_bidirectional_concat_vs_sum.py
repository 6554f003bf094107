import torch
from torch import nn

# Merging the two directions of a BiGRU: concatenation vs. the sum some tutorials use
torch.manual_seed(86)
bigru = nn.GRU(input_size=2, hidden_size=3, bidirectional=True, batch_first=True)
tokens = torch.randn(2, 4, 2)
states, last = bigru(tokens)
merged_sum = states[..., :3] + states[..., 3:]
print(states.shape, merged_sum.shape, last.shape)
per_direction = states.unflatten(-1, (2, 3))
print(per_direction.shape, torch.allclose(per_direction.sum(-2), merged_sum))
print(torch.allclose(last.unflatten(0, (1, 2))[0, 1], last[1]), torch.allclose(states[:, 0, 3:], last[1]))
