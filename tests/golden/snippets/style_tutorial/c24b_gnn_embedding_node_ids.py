# learnable node embeddings looked up by node id
import torch
import torch.nn as nn

torch.manual_seed(13)
node_emb = nn.Embedding(num_embeddings=6, embedding_dim=3)
print(node_emb)
ids = torch.tensor([[0, 5], [2, 2]])
out = node_emb(ids)
print(out.shape)
out.sum().backward()
print(node_emb.weight.grad)
try:
    node_emb(torch.tensor([6]))
except IndexError as e:
    print("IndexError:", e)
