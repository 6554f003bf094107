# NLP chapter: skip-gram loss with negative sampling on toy embeddings.
import torch
from torch import nn

torch.manual_seed(0)
vocab, dim = 10, 4
embed_v = nn.Embedding(vocab, dim)
embed_u = nn.Embedding(vocab, dim)
center = torch.tensor([[1], [2]])
contexts_negatives = torch.tensor([[2, 3, 7, 8], [1, 4, 5, 9]])
mask = torch.tensor([[1, 1, 1, 0], [1, 1, 1, 1]])
label = torch.tensor([[1, 1, 0, 0], [1, 0, 0, 0]])
v = embed_v(center)
u = embed_u(contexts_negatives)
pred = torch.bmm(v, u.permute(0, 2, 1))
print(pred.shape)
loss = nn.functional.binary_cross_entropy_with_logits(pred.reshape(label.shape).float(), label.float(),
                                                      weight=mask.float(), reduction="none")
print(loss.mean(dim=1) * mask.shape[1] / mask.sum(axis=1))
total = (loss.mean(dim=1) * mask.shape[1] / mask.sum(axis=1)).sum()
total.backward()
print(embed_v.weight.grad[1:3])
print(embed_v.weight.grad[0].abs().sum())
