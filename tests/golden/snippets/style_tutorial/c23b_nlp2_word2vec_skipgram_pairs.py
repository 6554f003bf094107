import torch
from torch import nn

torch.manual_seed(51)
text = "the quick brown fox jumps over the lazy dog".split()
vocab = {w: i for i, w in enumerate(dict.fromkeys(text))}
pairs = [(vocab[text[i]], vocab[text[j]]) for i in range(len(text)) for j in (i - 1, i + 1) if 0 <= j < len(text)]
print(len(vocab), len(pairs), pairs[:3])
center = torch.tensor([p[0] for p in pairs])
context = torch.tensor([p[1] for p in pairs])
in_emb, out_emb = nn.Embedding(len(vocab), 3), nn.Embedding(len(vocab), 3)
score = (in_emb(center) * out_emb(context)).sum(1)
neg = torch.randint(0, len(vocab), (len(pairs), 2))
neg_score = torch.bmm(out_emb(neg), in_emb(center).unsqueeze(2)).squeeze(2)
loss = -(nn.functional.logsigmoid(score).mean() + nn.functional.logsigmoid(-neg_score).sum(1).mean())
print(score.shape, neg_score.shape, loss.grad_fn.name())
