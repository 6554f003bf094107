# Word embeddings explained: nn.Embedding is a lookup table
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab = {"<pad>": 0, "i": 1, "love": 2, "pytorch": 3}
emb = nn.Embedding(num_embeddings=len(vocab), embedding_dim=3)
ids = torch.tensor([vocab[w] for w in "i love pytorch".split()])
vectors = emb(ids)
print(vectors)
print(torch.equal(vectors[1], emb.weight[2]))
print(emb)
try:
    emb(torch.tensor([4]))
except IndexError as e:
    print("IndexError:", e)
