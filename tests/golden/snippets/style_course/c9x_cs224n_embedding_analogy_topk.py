# cs224n: word vectors, cosine similarity, nearest neighbours and an analogy via topk.
import torch
import torch.nn.functional as F

words = ["king", "queen", "man", "woman", "apple", "orange", "paris", "france", "rome", "italy"]
w2i = {w: i for i, w in enumerate(words)}
torch.manual_seed(224)
base = torch.randn(len(words), 6)
E = base.clone()
E[w2i["queen"]] = E[w2i["king"]] - E[w2i["man"]] + E[w2i["woman"]] + 0.05 * torch.randn(6)
E[w2i["italy"]] = E[w2i["france"]] - E[w2i["paris"]] + E[w2i["rome"]] + 0.05 * torch.randn(6)
En = F.normalize(E, dim=1)
print(En.norm(dim=1))

def neighbours(word, k=3):
    sims = En @ En[w2i[word]]
    vals, idx = sims.topk(k + 1)
    return [(words[i], round(v, 4)) for v, i in zip(vals.tolist(), idx.tolist()) if words[i] != word][:k]

print(neighbours("king"))
print(neighbours("apple"))

def analogy(a, b, c):
    v = En[w2i[b]] - En[w2i[a]] + En[w2i[c]]
    sims = F.cosine_similarity(En, v.unsqueeze(0), dim=1)
    for w in (a, b, c):
        sims[w2i[w]] = -float("inf")
    return words[sims.argmax().item()], sims.max().item()

word, score = analogy("man", "king", "woman")
print(word, f"{score:.4f}")
word, score = analogy("paris", "france", "rome")
print(word, f"{score:.4f}")
sim = En @ En.T
print(sim.shape, sim.diagonal().sum().item(), sim[0, :4])
