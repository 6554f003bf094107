# token importance: norm of the loss gradient w.r.t. each token's embedding
import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(10, 4)
rnn = nn.GRU(4, 5, batch_first=True)
head = nn.Linear(5, 2)
ids = torch.tensor([[3, 7, 1, 9]])
vecs = emb(ids)
vecs.retain_grad()
_, h = rnn(vecs)
loss = nn.functional.cross_entropy(head(h[-1]), torch.tensor([1]))
loss.backward()
print(loss)
print(vecs.grad.norm(dim=-1))
print(emb.weight.grad.abs().sum(1))
print(emb.weight.grad[ids[0]].equal(vecs.grad[0]))
