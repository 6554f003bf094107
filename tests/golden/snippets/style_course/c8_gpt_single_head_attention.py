# One head of self-attention: key/query/value projections, the tril mask, scaled softmax weights.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
B, T, C = 4, 8, 32
x = torch.randn(B, T, C)
head_size = 16
key = nn.Linear(C, head_size, bias=False)
query = nn.Linear(C, head_size, bias=False)
value = nn.Linear(C, head_size, bias=False)
k = key(x)
q = query(x)
wei = q @ k.transpose(-2, -1)
print(wei.shape)
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float('-inf'))
wei = F.softmax(wei, dim=-1)
v = value(x)
out = wei @ v
print(out.shape)
torch.set_printoptions(precision=4)
print(wei[0])
torch.set_printoptions(profile='default')

k = torch.randn(B, T, head_size)
q = torch.randn(B, T, head_size)
w_unscaled = q @ k.transpose(-2, -1)
w_scaled = q @ k.transpose(-2, -1) * head_size**-0.5
print(k.var().item() > 0.5, round(w_unscaled.var().item(), 1) > 3, round(w_scaled.var().item(), 1))
print(torch.softmax(torch.tensor([0.1, -0.2, 0.3, -0.2, 0.5]), dim=-1))
print(torch.softmax(torch.tensor([0.1, -0.2, 0.3, -0.2, 0.5]) * 8, dim=-1))
