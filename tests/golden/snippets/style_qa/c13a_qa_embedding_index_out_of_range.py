# Q: "index out of range in self" from nn.Embedding: the vocabulary size is one too small for the padding token.
import torch
import torch.nn as nn

torch.manual_seed(45)
words = ["<pad>", "the", "cat", "sat"]
stoi = {w: i for i, w in enumerate(words)}
sentence = torch.tensor([stoi["the"], stoi["cat"], stoi["sat"]])
emb = nn.Embedding(len(words) - 1, 4)
try:
    emb(sentence)
except IndexError as e:
    print("IndexError:", e)
emb = nn.Embedding(len(words), 4, padding_idx=0)
print(emb(sentence).shape)
try:
    emb(torch.tensor([-1]))
except IndexError as e:
    print("IndexError:", e)
print(emb.num_embeddings, emb.embedding_dim, emb.padding_idx)
try:
    nn.Embedding(3, 2, padding_idx=5)
except AssertionError as e:
    print("AssertionError:", e)
print(torch.equal(emb(torch.tensor([0])), torch.zeros(1, 4)))
