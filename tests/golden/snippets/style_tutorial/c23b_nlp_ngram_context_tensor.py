import torch
from torch import nn

torch.manual_seed(18)
sentence = "we are about to study the idea of a computational process".split()
vocab = {w: i for i, w in enumerate(sorted(set(sentence)))}
ngrams = [([sentence[i - 2], sentence[i - 1]], sentence[i]) for i in range(2, len(sentence))]
print(ngrams[:2], len(ngrams))
emb = nn.Embedding(len(vocab), 4)
ctx = torch.tensor([[vocab[w] for w in c] for c, _ in ngrams])
tgt = torch.tensor([vocab[t] for _, t in ngrams])
x = emb(ctx).view(len(ngrams), -1)
print(ctx.shape, x.shape, tgt[:3])
logp = nn.functional.log_softmax(nn.Linear(8, len(vocab))(x), dim=1)
print(logp.shape, f"{nn.functional.nll_loss(logp, tgt).item():.3f}")
