import torch

T = 4
mask = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
print(mask)
scores = torch.arange(16, dtype=torch.float).view(T, T) / 10
print(scores.masked_fill(mask, float("-inf")).softmax(-1))
print(torch.nn.Transformer.generate_square_subsequent_mask(3))
tril = torch.tril(torch.ones(T, T))
w = torch.zeros(T, T).masked_fill(tril == 0, float("-inf"))
print(torch.softmax(w, dim=-1)[2])
