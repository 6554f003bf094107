# Word vectors with a toy co-occurrence matrix: SVD-free normalisation, cosine similarity, nearest words.
import torch
import torch.nn.functional as F

corpus = [["<START>", "all", "that", "glitters", "is", "not", "gold", "<END>"],
          ["<START>", "all", "is", "well", "that", "ends", "well", "<END>"]]
words = sorted(set(w for doc in corpus for w in doc))
word2ind = {w: i for i, w in enumerate(words)}
print(words, len(words))
M = torch.zeros(len(words), len(words))
window = 1
for doc in corpus:
    for i, w in enumerate(doc):
        for j in range(max(0, i - window), min(len(doc), i + window + 1)):
            if j != i:
                M[word2ind[w], word2ind[doc[j]]] += 1
print(M)
print(M.sum(), torch.equal(M, M.T))
emb = F.normalize(M, dim=1)
sims = emb @ emb.T
print(sims[word2ind['all']])
top = torch.topk(sims[word2ind['well']], k=3)
print([words[i] for i in top.indices.tolist()], top.values)
print(F.cosine_similarity(M[word2ind['is']], M[word2ind['that']], dim=0))
norms = M.norm(dim=1)
print(norms)
