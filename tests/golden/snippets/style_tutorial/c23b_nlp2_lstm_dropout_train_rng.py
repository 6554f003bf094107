import torch
from torch import nn

# Inter-layer dropout in a stacked GRU: random in train mode, repeatable under eval()
torch.manual_seed(44)
stack = nn.GRU(input_size=3, hidden_size=2, num_layers=3, dropout=0.4, batch_first=True)
tokens = torch.randn(1, 5, 3)
first, _ = stack(tokens)
second, _ = stack(tokens)
print("train differs:", not torch.equal(first, second))
stack.eval()
third, h3 = stack(tokens)
fourth, h4 = stack(tokens)
print("eval equal:", torch.equal(third, fourth), torch.equal(h3, h4), h3.shape)
print(stack)
