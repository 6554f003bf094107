# Q: masking future positions with masked_fill and -inf before softmax.
import torch
import torch.nn.functional as F

T = 4
tril = torch.tril(torch.ones(T, T))
print(tril)
wei = torch.zeros((T, T))
wei = wei.masked_fill(tril == 0, float('-inf'))
print(wei)
wei = F.softmax(wei, dim=-1)
print(wei)
torch.manual_seed(1)
x = torch.randn(T, 2)
print(wei @ x)
print(torch.triu(torch.ones(3, 3), diagonal=1).bool())
