# Gradient of a sequence score with respect to the embedding matrix: only used rows get gradient
import torch
import torch.nn as nn

torch.manual_seed(48)
emb = nn.Embedding(6, 3, padding_idx=0)
tokens = torch.tensor([[2, 5, 0, 2]])
score = emb(tokens).sum()
score.backward()
print(emb.weight.grad)
print(emb.weight[0], emb.padding_idx)
print((emb.weight.grad.abs().sum(1) > 0).nonzero().flatten())
