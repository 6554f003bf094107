# embedding index out of range (vocab size off by one)
import torch
import torch.nn as nn

torch.manual_seed(28)
vocab = ["a", "b", "c"]
emb = nn.Embedding(len(vocab), 2)
ids = torch.tensor([0, 1, 2])
print(emb(ids).shape)
ids = torch.tensor([1, 3])
emb(ids)
