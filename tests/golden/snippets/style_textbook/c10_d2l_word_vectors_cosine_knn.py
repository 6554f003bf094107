# Word vectors: cosine similarity nearest neighbours and analogies with topk on a synthetic embedding table.
import torch
import torch.nn.functional as F

torch.manual_seed(14)
words = ["king", "queen", "man", "woman", "apple", "orange", "paris", "france"]
E = torch.randn(len(words), 5)
E[1] = E[0] - E[2] + E[3] + 0.05 * torch.randn(5)
E[5] = E[4] + 0.1 * torch.randn(5)
token_to_idx = {w: i for i, w in enumerate(words)}

def knn(W, x, k):
    cos = torch.mv(W, x.reshape(-1,)) / (torch.sqrt(torch.sum(W * W, axis=1) + 1e-9) * torch.sqrt((x * x).sum()))
    _, topk = torch.topk(cos, k=k)
    return topk, [cos[int(i)] for i in topk]

def get_similar(query, k):
    topk, cos = knn(E, E[token_to_idx[query]], k + 1)
    for i, c in zip(topk[1:], cos[1:]):
        print(f"cosine sim={float(c):.3f}: {words[int(i)]}")

get_similar("apple", 2)
get_similar("king", 3)

def analogy(a, b, c):
    x = E[token_to_idx[b]] - E[token_to_idx[a]] + E[token_to_idx[c]]
    topk, cos = knn(E, x, 1)
    return words[int(topk[0])]

print(analogy("man", "king", "woman"))
sim = F.cosine_similarity(E[:, None, :], E[None, :, :], dim=-1)
print(sim.shape, sim.diag())
print(F.normalize(E, dim=1).norm(dim=1))
print(F.cosine_similarity(E[0], E[1], dim=0))
