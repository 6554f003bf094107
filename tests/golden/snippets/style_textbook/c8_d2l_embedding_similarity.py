# Word vectors: an embedding table, cosine-similarity nearest neighbours, and an analogy by vector arithmetic.
import torch
from torch import nn

words = ["king", "queen", "man", "woman", "apple", "pear"]
idx = {w: i for i, w in enumerate(words)}
torch.manual_seed(0)
emb = nn.Embedding(len(words), 4)
with torch.no_grad():
    emb.weight[idx["queen"]] = emb.weight[idx["king"]] - emb.weight[idx["man"]] + emb.weight[idx["woman"]]

def knn(W, x, k):
    cos = torch.mv(W, x.reshape(-1,)) / (torch.sqrt(torch.sum(W * W, axis=1) + 1e-9) * torch.sqrt((x * x).sum()))
    _, topk = torch.topk(cos, k=k)
    return topk, [cos[int(i)] for i in topk]

def get_similar_tokens(query_token, k):
    topk, cos = knn(emb.weight.data, emb.weight.data[idx[query_token]], k + 1)
    for i, c in zip(topk[1:], cos[1:]):
        print(f'cosine sim={float(c):.3f}: {words[int(i)]}')

get_similar_tokens("king", 3)

def get_analogy(token_a, token_b, token_c):
    vecs = emb.weight.data[torch.tensor([idx[token_a], idx[token_b], idx[token_c]])]
    x = vecs[1] - vecs[0] + vecs[2]
    topk, cos = knn(emb.weight.data, x, 1)
    return words[int(topk[0])]

print(get_analogy("man", "king", "woman"))
print(emb(torch.tensor([idx["apple"], idx["pear"]])).shape, emb.weight.requires_grad)
